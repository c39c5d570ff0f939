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

export type NameStrength = 'distinct' | 'context';

export interface OrgName {
  /** The name as listed (NFKC). */
  name: string;
  /** Lower-cased name, Latin letters only folded (`Itaú` -> `itaú`). */
  lower: string;
  /** ASCII letters and digits only, diacritics removed (`Banco do Brasil` -> `bancodobrasil`), for host names. */
  compact: string;
  strength: NameStrength;
  japanese: boolean;
  /** The name is also an ordinary word (Debian word lists, marked in the catalogue). */
  common: boolean;
  /** Every organisation going by this name (several banks are called `First Bank`). */
  orgs: Org[];
}

/**
 * Words that make up organisation names without saying which organisation (en, de, fr, es, pt, it, nl, pl): a name
 * made only of these ("First National Bank", "Volksbank", "La Poste") is never matched alone.
 */
export const ORG_WORDS = new Set(`bank banks banco banca banque bancorp bancshares sparkasse sparkassen volksbank raiffeisenbank
raiffeisen kasse caja caixa cassa kreditbank savings saving credit union federal national first trust community state city county
citizens citizen peoples people united american america international global group financial finance finanz insurance assurance
seguros versicherung post postal poste posta correo correos mail mobile telecom telekom store stores shop market markets
supermarket supermercado supermarkt express direct online holding holdings company corporation services service home center
centre the of and de do da du la le les des del di van von und et y e new north south east west central general mutual
cooperative coop co-op plus city metro super hyper mega royal golden star one capital private public popular regional
local farmers merchants security commerce commercial investment investments`.split(/\s+/));

/** Japanese service wording that may surround a short Japanese name ("ドコモ お知らせ"). */
export const JA_CONTEXT = /^(?:お知らせ|サポート|カスタマーセンター|カスタマーサポート|センター|事務局|公式|株式会社|会員|サービス|窓口|運営|通知|お客様|係|[\s\p{P}\p{S}])*$/u;

const MIN_LATIN_LETTERS = 3;
const EXACT_CASE_MAX = 4;
const MIN_JA_DISTINCT = 4;
const MIN_JA = 2;

function isJapanese(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
}

export function compactOf(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Latin words of a name, lower-cased with diacritics kept. */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}'&-]+/u).filter((w) => /\p{L}/u.test(w));
}

function strengthOf(name: string): NameStrength | null {
  if (isJapanese(name)) {
    const len = [...name.replace(/[\s\p{P}]/gu, '')].length;
    if (len < MIN_JA) return null;
    return len >= MIN_JA_DISTINCT ? 'distinct' : 'context';
  }
  if (compactOf(name).replace(/[0-9]/g, '').length < MIN_LATIN_LETTERS) return null;
  const words = wordsOf(name);
  const own = words.filter((w) => !ORG_WORDS.has(w) && w.length >= 2);
  if (own.length === 0) return null;
  if (words.length >= 2 && own.some((w) => w.length >= 4) && compactOf(name).length >= 8) return 'distinct';
  return 'context';
}

let names: OrgName[] | null = null;
let byFirstWord: Map<string, OrgName[]> | null = null;
let japanese: OrgName[] | null = null;

export function orgNames(): readonly OrgName[] {
  if (names) return names;
  const m = new Map<string, OrgName>();
  for (const org of orgCatalog()) {
    if (org.inPack) continue;
    for (const raw of org.names) {
      const name = raw.trim();
      let strength = strengthOf(name);
      if (!strength) continue;
      const common = org.commonNames.includes(raw);
      if (common) strength = 'context';
      const key = name.toLowerCase();
      const have = m.get(key);
      if (have) {
        if (!have.orgs.includes(org)) have.orgs.push(org);
        // The weaker reading wins when two organisations share a name.
        if (strength === 'context') have.strength = 'context';
        if (common) have.common = true;
        continue;
      }
      m.set(key, { name, lower: key, compact: compactOf(name), strength, common, japanese: isJapanese(name), orgs: [org] });
    }
  }
  names = [...m.values()];
  return names;
}

function indexes(): { first: Map<string, OrgName[]>; ja: OrgName[] } {
  if (byFirstWord && japanese) return { first: byFirstWord, ja: japanese };
  const first = new Map<string, OrgName[]>();
  const ja: OrgName[] = [];
  for (const n of orgNames()) {
    if (n.japanese) { ja.push(n); continue; }
    const w = wordsOf(n.name)[0];
    if (!w) continue;
    const list = first.get(w);
    if (list) list.push(n);
    else first.set(w, [n]);
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
    const cands = first.get(m[0]) ?? first.get(m[0].replace(/^[-'&]+|[-'&]+$/g, ''));
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
  if (isJapanese(norm)) {
    for (const c of ja) {
      const at = norm.indexOf(c.name);
      if (at < 0 || seen.has(c)) continue;
      const before = norm[at - 1];
      const after = norm[at + c.name.length];
      const kata = (ch: string | undefined) => ch !== undefined && /[\p{Script=Katakana}ー]/u.test(ch);
      if (/^[\p{Script=Katakana}ー]/u.test(c.name) && kata(before)) continue;
      if (/[\p{Script=Katakana}ー]$/u.test(c.name) && kata(after)) continue;
      seen.add(c);
      hits.push({ entry: c, index: at, length: c.name.length });
    }
  }
  return hits.sort((a, b) => b.length - a.length || a.index - b.index);
}
