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

/** Context counts (how often a two- or one-character history was followed by anything), derived once per model. */
interface Contexts {
  ctx2: Map<string, number>;
  ctx1: Map<string, number>;
}
const contexts = new WeakMap<CharModel, Contexts>();

function contextsOf(m: CharModel): Contexts {
  let c = contexts.get(m);
  if (c) return c;
  const ctx2 = new Map<string, number>();
  const ctx1 = new Map<string, number>();
  for (const [k, n] of m.tri) ctx2.set(k.slice(0, 2), (ctx2.get(k.slice(0, 2)) ?? 0) + n);
  for (const [k, n] of m.bi) ctx1.set(k[0]!, (ctx1.get(k[0]!) ?? 0) + n);
  c = { ctx2, ctx1 };
  contexts.set(m, c);
  return c;
}

/** log P_model(token) - log P_random(token), natural log; null when the token is not in the model's alphabet. */
export function randomnessScore(m: CharModel, token: string): number | null {
  const form = modelForm(token);
  if (!form) return null;
  const { ctx2, ctx1 } = contextsOf(m);
  const s = `^^${form}$`;
  let score = 0;
  const uniform = 1 / ALPHABET_SIZE;
  for (let i = 2; i < s.length; i++) {
    const a = s[i - 2]!;
    const b = s[i - 1]!;
    const c = s[i]!;
    const n2 = ctx2.get(a + b) ?? 0;
    const n1 = ctx1.get(b) ?? 0;
    const p3 = n2 ? (m.tri.get(a + b + c) ?? 0) / n2 : 0;
    const p2 = n1 ? (m.bi.get(b + c) ?? 0) / n1 : 0;
    const p1 = m.total ? (m.uni.get(c) ?? 0) / m.total : 0;
    const p = LAMBDA3 * p3 + LAMBDA2 * p2 + LAMBDA1 * p1 + LAMBDA0 * uniform;
    score += Math.log(p) - Math.log(uniform);
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
