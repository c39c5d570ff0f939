import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../reference/brands/index.js';
import { buildProtectedIndex, deletions1, typoCandidates, type ProtectedIndex, type ProtectedLabel } from './protected-index.js';

/** typoCandidates by its definition: every key of `k1`/`k0` and their 1-deletions looked up, no hash filter. */
function plainCandidates(idx: ProtectedIndex, k1: string, k0: string, len: number, maxLenDiff: number): ProtectedLabel[] {
  const out: ProtectedLabel[] = [];
  const seen = new Set<number>();
  const visit = (k: string): void => {
    const v = idx.deletes.get(k);
    for (const id of v === undefined ? [] : typeof v === 'number' ? [v] : v) {
      if (seen.has(id)) continue;
      seen.add(id);
      const rec = idx.labels[id]!;
      if (len < 0 || Math.abs(rec.skel.length - len) <= maxLenDiff) out.push(rec);
    }
  };
  deletions1(k1, visit);
  if (k0 !== k1) deletions1(k0, visit);
  return out;
}

describe('typoCandidates (hash-filtered symmetric delete)', () => {
  const idx = buildProtectedIndex(BRANDS);
  const labels = idx.labels.slice(0, 400);

  it('finds the same candidates as looking up every deletion', () => {
    const queries: string[] = [];
    for (const rec of labels) {
      const k = rec.coarse;
      queries.push(k, `${k}x`, k.slice(1), `${k.slice(0, 2)}q${k.slice(2)}`, k.slice(0, -1) + 'z');
    }
    queries.push('', 'a', 'ab', 'x'.repeat(300), `${labels[0]!.coarse}${'y'.repeat(260)}`);
    let found = 0;
    for (const q of queries) {
      const got = typoCandidates(idx, q, q.slice(1) || q, -1);
      expect(got.map((r) => r.id)).toEqual(plainCandidates(idx, q, q.slice(1) || q, -1, 2).map((r) => r.id));
      found += got.length;
    }
    // The queries are brand labels and their neighbours: most have candidates, so the comparison is not vacuous.
    expect(found).toBeGreaterThan(labels.length);
  });

  it('keeps the length window', () => {
    const rec = labels.find((r) => r.coarse.length >= 6)!;
    const got = typoCandidates(idx, rec.coarse, rec.coarse, rec.skel.length, 0);
    expect(got.every((r) => r.skel.length === rec.skel.length)).toBe(true);
  });
});
