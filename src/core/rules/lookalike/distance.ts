/**
 * Weighted optimal-string-alignment distance on skeletons: insertion, deletion, substitution and adjacent
 * transposition cost 1; substituting a visually close pair (c/e, m/n, ...) or adding/removing a hyphen costs 0.5.
 */

const VISUAL = new Set([
  'ce',
  'ec',
  'gq',
  'qg',
  'uv',
  'vu',
  'vy',
  'yv',
  'mn',
  'nm',
  'nr',
  'rn',
  'bd',
  'db',
  'lt',
  'tl',
  'oa',
  'ao',
  's5',
  '5s',
  'b8',
  '8b',
]);

/** Labels are at most 63 octets (RFC 1035 2.3.4); longer inputs are not compared. */
const MAX_LEN = 64;
/** Reused DP rows (single-threaded; no allocation per comparison). */
const ROWS = [new Float64Array(MAX_LEN + 2), new Float64Array(MAX_LEN + 2), new Float64Array(MAX_LEN + 2)];

/** 128x128 table of visually close ASCII pairs (non-ASCII pairs are never "visual" here). */
const VISUAL_TABLE = (() => {
  const t = new Uint8Array(128 * 128);
  for (const p of VISUAL) t[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = 1;
  return t;
})();

export function isVisualPair(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  return x < 128 && y < 128 && VISUAL_TABLE[(x << 7) | y] === 1;
}

/** Cost of inserting or deleting a character: a hyphen costs half (made once, not per call). */
const indel = (ch: string) => (ch === '-' ? 0.5 : 1);

/** Returns the weighted distance, or Infinity when it exceeds `max` (early exit) or inputs are too long. */
export function weightedDistance(a: string, b: string, max: number): number {
  if (a.length > MAX_LEN || b.length > MAX_LEN) return Infinity;
  if (Math.abs(a.length - b.length) > max * 2) return Infinity;
  const n = a.length;
  const m = b.length;
  let prev2 = ROWS[0] as Float64Array;
  let prev = ROWS[1] as Float64Array;
  let cur = ROWS[2] as Float64Array;
  prev.fill(0);
  prev2.fill(0);
  for (let j = 1; j <= m; j++) prev[j] = (prev[j - 1] ?? 0) + indel(b[j - 1] ?? '');
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1] ?? '';
    cur[0] = (prev[0] ?? 0) + indel(ai);
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1] ?? '';
      const sub = ai === bj ? 0 : isVisualPair(ai, bj) ? 0.5 : 1;
      let v = Math.min((prev[j] ?? 0) + indel(ai), (cur[j - 1] ?? 0) + indel(bj), (prev[j - 1] ?? 0) + sub);
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj && ai !== bj) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[m] ?? Infinity;
  return d <= max ? d : Infinity;
}
