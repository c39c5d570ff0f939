/**
 * MinHash signatures over word shingles (Broder 1997) and LSH banding, for "near-identical body" in campaign
 * grouping. Words are runs of letters/digits; Han, Hiragana and Katakana characters count one word each (no spaces
 * in Japanese). Digits become '#', so per-recipient numbers do not change a shingle.
 */

export const MINHASH_SIZE = 64;
/** Shingle length in words. */
const SHINGLE = 5;
/** Fewer distinct shingles than this: the body is too short to say anything (no signature). */
export const MIN_SHINGLES = 8;
/** Shingles hashed per message (limit on untrusted input; the body text is already capped). */
const MAX_SHINGLES = 20_000;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finalizer): one "permutation" per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_ARRAY = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

export function words(text: string, drop: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  // match() (one array of strings) rather than matchAll (a match object per word); digits only in the words that have one.
  for (const m of text.normalize('NFKC').toLowerCase().match(WORD) ?? []) {
    const w = hasDigit(m) ? m.replace(/\d/g, '#') : m;
    if (!drop.has(w)) out.push(w);
  }
  return out;
}

/** True when the word has an ASCII digit (what \d matches). */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The signature of a word sequence, or null when it has fewer than MIN_SHINGLES distinct shingles. */
export function minhash(ws: readonly string[]): number[] | null {
  // Each word is hashed once; a shingle's hash combines its words' hashes by position.
  const wh = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) wh[i] = fnv1a(ws[i]!);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= wh.length && shingles.size < MAX_SHINGLES; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = mix(h ^ wh[i + k]!, k + 1);
    shingles.add(h);
  }
  if (shingles.size < MIN_SHINGLES) return null;
  // The minimum per seed in a typed array: unsigned 32-bit values without a boxed number each.
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix(s, SEED_ARRAY[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** LSH: 16 bands of 4 rows; two signatures share a band key with probability s^4 per band (s = similarity). */
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`);
  return keys;
}
