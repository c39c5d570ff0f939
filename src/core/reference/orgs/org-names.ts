/**
 * How catalogue names are matched in display names, subjects and host names. A name is matched only as a whole token
 * (never inside another word), Japanese names on NFKC text. Names are sorted into:
 *  - `distinct`: a Latin name of two or more words with a word of its own (`Wells Fargo`, `Banco do Brasil`), or a
 *    Japanese name of four or more characters (`日本郵便`): enough on its own;
 *  - `context`: one-word names (`Target`, `Correios`), names made only of organisational words (`First National
 *    Bank`), Japanese names of two or three characters: they count only when they are most of the display name (the
 *    rest is service wording such as "Support", "お知らせ");
 *  - dropped: Latin names under three letters, names that are nothing but ordinary organisational words ("Post").
 * Latin names of four letters or fewer match only as written (`CTT`, `FNB`), never case-folded.
 */
import { orgCatalog, type Org } from './catalog.js';
import { NAME_ROWS } from '../generated/org-catalog.js';
import { EXACT_CASE_MAX, compactOf, type NameStrength } from './name-forms.js';

export { ORG_WORDS, JA_CONTEXT, compactOf, wordsOf, type NameStrength } from './name-forms.js';

export interface OrgName {
  /** The name as listed (NFKC). */
  name: string;
  /** Lower-cased name. */
  lower: string;
  /** ASCII letters and digits only, diacritics removed (`Banco do Brasil` -> `bancodobrasil`), for host names. */
  compact: string;
  strength: NameStrength;
  /** The name is also an ordinary word (Debian word lists, marked in the catalogue). */
  common: boolean;
  japanese: boolean;
  /** First Latin word, lower-cased (index key); empty for Japanese names. */
  firstWord: string;
  /** Every organisation going by this name (several banks are called `First Bank`). */
  orgs: Org[];
}

let names: OrgName[] | null = null;
let byFirstWord: Map<string, OrgName[]> | null = null;
let japanese: OrgName[] | null = null;

/** The precomputed name table (name-forms.ts buildNameRows, shipped by the generator), parsed once. */
export function orgNames(): readonly OrgName[] {
  if (names) return names;
  const orgs = orgCatalog();
  const out: OrgName[] = [];
  for (const line of NAME_ROWS.split('\n')) {
    const [name, strength, common, ja, compact, firstWord, idx] = line.split('\t');
    if (!name || !idx) continue;
    const list = idx
      .split(',')
      .map((i) => orgs[Number(i)])
      .filter((o): o is Org => o !== undefined);
    if (!list.length) continue;
    out.push({
      name,
      lower: name.toLowerCase(),
      compact: compact ?? '',
      strength: strength === 'd' ? 'distinct' : 'context',
      common: common === '1',
      japanese: ja === '1',
      firstWord: firstWord ?? '',
      orgs: list,
    });
  }
  names = out;
  return out;
}

function indexes(): { first: Map<string, OrgName[]>; ja: OrgName[] } {
  if (byFirstWord && japanese) return { first: byFirstWord, ja: japanese };
  const first = new Map<string, OrgName[]>();
  const ja: OrgName[] = [];
  for (const n of orgNames()) {
    if (n.japanese) {
      ja.push(n);
      continue;
    }
    if (!n.firstWord) continue;
    const list = first.get(n.firstWord);
    if (list) list.push(n);
    else first.set(n.firstWord, [n]);
  }
  byFirstWord = first;
  japanese = ja;
  return { first, ja };
}

export interface NameHit {
  entry: OrgName;
  /** Offset of the name in the searched (NFKC) text and its length there. */
  index: number;
  length: number;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

const isEdgePunct = (c: number) => c === 45 || c === 39 || c === 38; // - ' &
/** The word starts or ends with one of `-'&`. */
const edgePunct = (w: string) => isEdgePunct(w.charCodeAt(0)) || isEdgePunct(w.charCodeAt(w.length - 1));

/** A katakana character (or the long-vowel mark); made once, not per name found. */
const kata = (ch: string | undefined) => ch !== undefined && /[\p{Script=Katakana}ー]/u.test(ch);

/**
 * Catalogue names written in `text` (NFKC, at most `maxChars` read) as whole tokens, longest first. Japanese names
 * match anywhere in Japanese text but not inside a longer katakana word (`イオン` is not in `ライオン`).
 */
export function orgNamesIn(text: string, maxChars = 500): NameHit[] {
  if (typeof text !== 'string' || !text) return [];
  const norm = text.slice(0, maxChars).normalize('NFKC');
  const lower = norm.toLowerCase();
  const { first, ja } = indexes();
  const hits: NameHit[] = [];
  const seen = new Set<OrgName>();
  const wordRe = /[\p{L}\p{N}'&-]+/gu;
  for (const m of lower.matchAll(wordRe)) {
    // The word without leading/trailing - ' & is looked up only when it has them (else it is the same word again).
    const cands = first.get(m[0]) ?? (edgePunct(m[0]) ? first.get(m[0].replace(/^[-'&]+|[-'&]+$/g, '')) : undefined);
    if (!cands) continue;
    const start = m.index + (m[0].length - m[0].replace(/^[-'&]+/, '').length);
    for (const c of cands) {
      if (seen.has(c) || !lower.startsWith(c.lower, start)) continue;
      if (isWordChar(lower[start + c.lower.length])) continue;
      // Short names only as written: `CTT` is a name, `ctt` inside a sentence is not.
      if (compactOf(c.name).length <= EXACT_CASE_MAX && !norm.startsWith(c.name, start)) continue;
      seen.add(c);
      hits.push({ entry: c, index: start, length: c.lower.length });
    }
  }
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(norm)) {
    for (const c of ja) {
      const at = norm.indexOf(c.name);
      if (at < 0 || seen.has(c)) continue;
      const before = norm[at - 1];
      const after = norm[at + c.name.length];
      if (/^[\p{Script=Katakana}ー]/u.test(c.name) && kata(before)) continue;
      if (/[\p{Script=Katakana}ー]$/u.test(c.name) && kata(after)) continue;
      seen.add(c);
      hits.push({ entry: c, index: at, length: c.name.length });
    }
  }
  return hits.sort((a, b) => b.length - a.length || a.index - b.index);
}
