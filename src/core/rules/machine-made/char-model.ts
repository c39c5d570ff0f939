/**
 * A character trigram model of the words people and legitimate services put in addresses, display names and subjects,
 * and the test that says a token looks machine-made: the token is more probable as characters drawn at random than as
 * such a word. The model is fitted on legitimate mail only (scripts/gen-sender-ngrams.mjs writes the counts to
 * reference/generated/sender-ngrams.ts); the alphabet is a-z, one symbol for every digit, and word boundaries.
 *
 * Score of a token t of n characters: log P_model(t) - log P_random(t), where P_model interpolates trigram, bigram and
 * unigram estimates (and a floor) and P_random draws each of the n characters and the end uniformly from the alphabet.
 * A clearly negative score means "more likely typed at random than written as a word".
 */

/** a-z, `0` for any digit, `^` and `$` for the word boundaries. */
export const ALPHABET_SIZE = 28;
const LAMBDA3 = 0.6;
const LAMBDA2 = 0.25;
const LAMBDA1 = 0.1;
const LAMBDA0 = 0.05;

export interface CharModel {
  /** Counts of trigrams, their bigram contexts, bigrams, unigram contexts and unigrams, keyed by the characters. */
  tri: Map<string, number>;
  bi: Map<string, number>;
  uni: Map<string, number>;
  total: number;
}

/** The token in the model's alphabet: lower-case ASCII letters, digits folded to `0`; null if it has anything else. */
export function modelForm(token: string): string | null {
  const t = token.toLowerCase();
  if (!/^[a-z0-9]+$/.test(t)) return null;
  return t.replace(/[0-9]/g, '0');
}

/** Counts every trigram, bigram and unigram of `^form$` into the model (used by the generator and the evaluation). */
export function addToModel(m: CharModel, form: string): void {
  const s = `^^${form}$`;
  for (let i = 2; i < s.length; i++) {
    const a = s[i - 2]!;
    const b = s[i - 1]!;
    const c = s[i]!;
    m.tri.set(a + b + c, (m.tri.get(a + b + c) ?? 0) + 1);
    m.bi.set(b + c, (m.bi.get(b + c) ?? 0) + 1);
    m.uni.set(c, (m.uni.get(c) ?? 0) + 1);
    m.total++;
  }
}

export function emptyModel(): CharModel {
  return { tri: new Map(), bi: new Map(), uni: new Map(), total: 0 };
}

/**
 * The model's counts in arrays indexed by symbol (a-z, `0`, `^`, `$`), derived once per model: scoring a token then
 * reads numbers by index instead of building a key string per character and hashing it. Context counts (how often a
 * two- or one-character history was followed by anything) are summed over every key of the model, as before.
 */
interface Tables {
  tri: Float64Array;
  bi: Float64Array;
  uni: Float64Array;
  ctx2: Float64Array;
  ctx1: Float64Array;
}
const SYMBOLS = 29;
const tables = new WeakMap<CharModel, Tables>();

/** Index of a character of `^^form$` (-1 for a character the model's forms never hold). */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  return code === 48 ? 26 : code === 94 ? 27 : code === 36 ? 28 : -1;
}

/** Index of a key of one to three characters, or -1 when one of them is not a symbol. */
function keyIndex(k: string): number {
  let i = 0;
  for (let j = 0; j < k.length; j++) {
    const c = symbol(k.charCodeAt(j));
    if (c < 0) return -1;
    i = i * SYMBOLS + c;
  }
  return i;
}

function fill(into: Float64Array, from: Map<string, number>): Float64Array {
  for (const [k, n] of from) {
    const i = keyIndex(k);
    if (i >= 0) into[i] = n;
  }
  return into;
}

function tablesOf(m: CharModel): Tables {
  let t = tables.get(m);
  if (t) return t;
  const ctx2 = new Map<string, number>();
  const ctx1 = new Map<string, number>();
  for (const [k, n] of m.tri) ctx2.set(k.slice(0, 2), (ctx2.get(k.slice(0, 2)) ?? 0) + n);
  for (const [k, n] of m.bi) ctx1.set(k[0]!, (ctx1.get(k[0]!) ?? 0) + n);
  t = {
    tri: fill(new Float64Array(SYMBOLS ** 3), m.tri),
    bi: fill(new Float64Array(SYMBOLS ** 2), m.bi),
    uni: fill(new Float64Array(SYMBOLS), m.uni),
    ctx2: fill(new Float64Array(SYMBOLS ** 2), ctx2),
    ctx1: fill(new Float64Array(SYMBOLS), ctx1),
  };
  tables.set(m, t);
  return t;
}

/** log P_model(token) - log P_random(token), natural log; null when the token is not in the model's alphabet. */
export function randomnessScore(m: CharModel, token: string): number | null {
  const form = modelForm(token);
  if (!form) return null;
  const t = tablesOf(m);
  const s = `^^${form}$`;
  let score = 0;
  const uniform = 1 / ALPHABET_SIZE;
  let a = symbol(s.charCodeAt(0));
  let b = symbol(s.charCodeAt(1));
  for (let i = 2; i < s.length; i++) {
    const c = symbol(s.charCodeAt(i));
    const n2 = t.ctx2[a * SYMBOLS + b]!;
    const n1 = t.ctx1[b]!;
    const p3 = n2 ? t.tri[(a * SYMBOLS + b) * SYMBOLS + c]! / n2 : 0;
    const p2 = n1 ? t.bi[b * SYMBOLS + c]! / n1 : 0;
    const p1 = m.total ? t.uni[c]! / m.total : 0;
    const p = LAMBDA3 * p3 + LAMBDA2 * p2 + LAMBDA1 * p1 + LAMBDA0 * uniform;
    score += Math.log(p) - Math.log(uniform);
    a = b;
    b = c;
  }
  return score;
}

/** Parses the generated table (`abc 12 abd 3 ...`, trigrams only; bigrams and unigrams are summed from them). */
export function modelFromTrigrams(table: string): CharModel {
  const m = emptyModel();
  const parts = table.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const k = parts[i]!;
    const n = Number(parts[i + 1]);
    if (k.length !== 3 || !Number.isFinite(n) || n <= 0) continue;
    m.tri.set(k, (m.tri.get(k) ?? 0) + n);
    m.bi.set(k.slice(1), (m.bi.get(k.slice(1)) ?? 0) + n);
    m.uni.set(k[2]!, (m.uni.get(k[2]!) ?? 0) + n);
    m.total += n;
  }
  return m;
}
