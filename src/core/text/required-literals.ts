/**
 * Literal prefilter for phrase patterns: from a pattern's source, a list of strings at least one of which every
 * match contains (`/(verify|confirm) your (account|identity)/` -> [" your "]). When the text contains none of
 * them the pattern cannot match, and a few `includes` calls are much cheaper than running the regex over the
 * whole text. The phrase tables are scanned for every message: most patterns are skipped this way.
 *
 * Conservative by construction: only literal characters outside quantifiers count (a quantifier with a minimum
 * of 0 drops its item, `+`/`{n,}` keep an item but end a run of literals); classes, escapes like `\s`, `.`,
 * anchors and lookarounds count for nothing; an alternation needs every alternative to have literals. A source
 * the parser does not expect, or any flag, gives null: the pattern is always run.
 */

type Lits = string[] | null;

/** Escapes that stand for one literal character (punctuation like `\.`, `\-`, `\/`). */
const LITERAL_ESCAPE = /^[\\/.\-?*+()[\]{}|^$ '"&:,;!#%@=<>~`]$/;

function quantifier(src: string, i: number): { len: number; min: number } {
  const c = src[i];
  let len = 0;
  let min = 1;
  if (c === '?' || c === '*') {
    len = 1;
    min = 0;
  } else if (c === '+') len = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 16));
    if (m) {
      len = m[0].length;
      min = Number(m[1]);
    }
  }
  if (len > 0 && src[i + len] === '?') len++;
  return { len, min };
}

/** The better of two requirements: longer shortest literal first (rarer in text), then fewer literals. */
function better(a: Lits, b: Lits): Lits {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/**
 * A parsed piece: `lits`, the best single requirement; `all`, every requirement of a piece without alternatives (each
 * literal run, each required group), all of which a match contains (null for an alternation of several branches).
 */
interface Parsed {
  lits: Lits;
  all: string[][] | null;
  end: number;
}

function sequence(src: string, i: number): Parsed {
  let best: Lits = null;
  const all: string[][] = [];
  let run = '';
  const require = (lits: string[]) => {
    best = better(best, lits);
    all.push(lits);
  };
  const endRun = () => {
    if (run) require([run]);
    run = '';
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    let literal: string | null = null;
    let group: Lits = null;
    let groupAll: string[][] | null = null;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (LITERAL_ESCAPE.test(e)) literal = e;
      i += e === 'u' ? 6 : e === 'x' ? 4 : 2;
    } else if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error('unterminated class');
      i = j + 1;
    } else if (c === '(') {
      const look = /^\(\?<?[=!]/.test(src.slice(i, i + 4));
      const open = src.startsWith('(?:', i)
        ? 3
        : look
          ? src[i + 2] === '<'
            ? 4
            : 3
          : src.startsWith('(?<', i)
            ? src.indexOf('>', i) + 1 - i
            : 1;
      if (open <= 0) throw new Error('bad group');
      const inner = alternation(src, i + open);
      if (src[inner.end] !== ')') throw new Error('unterminated group');
      if (!look) {
        group = inner.lits;
        groupAll = inner.all;
      }
      i = inner.end + 1;
    } else {
      if (c !== '.' && c !== '^' && c !== '$') literal = c;
      i++;
    }
    const q = quantifier(src, i);
    i += q.len;
    if (literal !== null && q.len === 0) {
      run += literal;
      continue;
    }
    endRun();
    if (q.min > 0) {
      if (literal !== null) require([literal]);
      else if (groupAll && groupAll.length > 0) for (const g of groupAll) require(g);
      else if (group) require(group);
    }
  }
  endRun();
  return { lits: best, all, end: i };
}

function alternation(src: string, i: number): Parsed {
  const any: string[] = [];
  let known = true;
  for (let branches = 1; ; branches++) {
    const s = sequence(src, i);
    if (s.lits) any.push(...s.lits);
    else known = false;
    if (src[s.end] !== '|') {
      const lits = known ? [...new Set(any)] : null;
      return { lits, all: branches === 1 ? s.all : lits && [lits], end: s.end };
    }
    i = s.end + 1;
  }
}

function parse(re: RegExp): Parsed | null {
  if (re.flags.replace(/[gdy]/g, '') !== '') return null;
  try {
    const r = alternation(re.source, 0);
    return r.end === re.source.length ? r : null;
  } catch {
    return null;
  }
}

/** Strings of which every match of `re` contains at least one, or null when that cannot be said. */
export function requiredLiterals(re: RegExp): string[] | null {
  return parse(re)?.lits ?? null;
}

/**
 * Every such requirement of `re` (a match contains one string of EACH list), the best (requiredLiterals) first, then the
 * others in pattern order; null when nothing can be said. `(verify|confirm) your (account|identity)` -> [account,
 * identity], [verify, confirm], [" your "].
 */
export function requiredLiteralGroups(re: RegExp): string[][] | null {
  const r = parse(re);
  if (!r?.lits) return null;
  const best = r.lits;
  const rest = (r.all ?? []).filter((g) => g !== best && g.join('\u0000') !== best.join('\u0000'));
  return [best, ...rest];
}

export interface GuardedPattern {
  re: RegExp;
  lits: string[] | null;
  /** Per literal, its character-triple hashes (tripleHash), computed once; null for literals under 3 characters. */
  keys?: (Uint16Array | null)[] | null;
  /** The pattern's other requirements (requiredLiteralGroups), looked at only when `lits` passes. */
  more?: readonly IndexedLiteral[][];
}

export function guard(re: RegExp): GuardedPattern {
  const groups = requiredLiteralGroups(re);
  const lits = groups?.[0] ?? null;
  // The other requirements skip most regex runs `lits` alone lets through (dev corpus: 7.6k -> 3.2k runs a pass, the
  // lure and money-bait matching 15% less CPU).
  const more = groups && groups.length > 1 ? groups.slice(1).map((g) => g.map(indexLiteral)) : undefined;
  const pattern: GuardedPattern = { re, lits, keys: lits ? lits.map(tripleKeys) : null };
  if (more) pattern.more = more;
  return pattern;
}

/**
 * Which character triples occur in a text, as a 64K-bit set (hashed: a collision only lets a pattern run).
 * Checking a literal's triples is far cheaper than an `includes` scan per literal; a literal present in the
 * text has all its triples present, so skipping on a missing one is exact. Literals under 3 characters are
 * looked up with `includes`.
 */
export interface TextIndex {
  text: string;
  bits: Uint32Array;
}

const tripleHash = (a: number, b: number, c: number) =>
  Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> 16;

/** The last index made: the same lure text is indexed by the lure and the money-bait rules of one analysis. */
let lastIndex: TextIndex | null = null;

export function textIndex(text: string): TextIndex {
  if (lastIndex?.text === text) return lastIndex;
  lastIndex = buildTextIndex(text);
  return lastIndex;
}

/** textIndex without remembering it (for texts searched once, so the last lure text's index stays). */
export function buildTextIndex(text: string): TextIndex {
  const bits = new Uint32Array(2048);
  // tripleHash rolled along the text: each character read once and multiplied once per role (half the time).
  let a = Math.imul(text.charCodeAt(0), 0x9e3779b1);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = Math.imul(a ^ Math.imul(b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> 16;
    bits[h >>> 5]! |= 1 << (h & 31);
    a = Math.imul(b, 0x9e3779b1);
    b = c;
  }
  return { text, bits };
}

/** False only when `lit` is certainly not in the indexed text (true: it may be; `includes` says for sure). */
export function mayContain(index: TextIndex, lit: string): boolean {
  if (lit.length < 3) return index.text.includes(lit);
  for (let i = 2; i < lit.length; i++) {
    const h = tripleHash(lit.charCodeAt(i - 2), lit.charCodeAt(i - 1), lit.charCodeAt(i));
    if ((index.bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

/** Letters by how common they are in English text, space first; a later letter (or any other character) is rarer. */
const COMMON = ' etaoinshrdlcumwfgypbvkjxqz';
const rarity = (c: string) => {
  const i = COMMON.indexOf(c);
  return i < 0 ? COMMON.length : i;
};

function tripleKeys(lit: string): Uint16Array | null {
  if (lit.length < 3) return null;
  // Rarest triple first: all must be present, so the order changes no answer, only how soon a missing one is met.
  const triples = [];
  for (let i = 2; i < lit.length; i++) {
    triples.push({
      key: tripleHash(lit.charCodeAt(i - 2), lit.charCodeAt(i - 1), lit.charCodeAt(i)),
      score: rarity(lit[i - 2]!) + rarity(lit[i - 1]!) + rarity(lit[i]!),
    });
  }
  triples.sort((a, b) => b.score - a.score);
  return Uint16Array.from(triples, (t) => t.key);
}

/** mayContain with the literal's triple hashes made beforehand (the same test, without hashing per call). */
function mayContainKeys(index: TextIndex, keys: Uint16Array): boolean {
  const bits = index.bits;
  for (let i = 0; i < keys.length; i++) {
    const h = keys[i]!;
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

/** A literal with its character-triple hashes made once, for texts it is looked for in many times. */
export interface IndexedLiteral {
  lit: string;
  keys: Uint16Array | null;
}

export function indexLiteral(lit: string): IndexedLiteral {
  return { lit, keys: tripleKeys(lit) };
}

/** mayContain(index, l.lit), without hashing the literal again. */
export function mayContainIndexed(index: TextIndex, l: IndexedLiteral): boolean {
  return l.keys ? mayContainKeys(index, l.keys) : index.text.includes(l.lit);
}

/** Whether one of the literals is in the indexed text (exactly: the triple test, then `includes`; measured cheaper here). */
function anyPresent(index: TextIndex, lits: readonly IndexedLiteral[]): boolean {
  for (let i = 0; i < lits.length; i++) {
    const l = lits[i]!;
    if (l.keys ? mayContainKeys(index, l.keys) && index.text.includes(l.lit) : index.text.includes(l.lit)) return true;
  }
  return false;
}

/** `p.re.exec(index.text)`, or null without running it when none of its required literals can be in the text. */
export function execGuarded(p: GuardedPattern, index: TextIndex): RegExpExecArray | null {
  const lits = p.lits;
  if (lits) {
    const keys = p.keys;
    let possible = false;
    for (let i = 0; i < lits.length && !possible; i++) {
      const k = keys?.[i];
      // Only the triple test here: with the other requirements (`more`) checked, an exact `includes` per literal here
      // cost more than the regex runs it saved (lure + money-bait matching 0.86x CPU without it, dev corpus).
      possible = k ? mayContainKeys(index, k) : mayContain(index, lits[i]!);
    }
    if (!possible) return null;
    const more = p.more;
    if (more) for (let g = 0; g < more.length; g++) if (!anyPresent(index, more[g]!)) return null;
  }
  return p.re.exec(index.text);
}
