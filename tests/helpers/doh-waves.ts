/**
 * Measures the critical path of a DNS-using computation in round trips: questions are held and released in waves
 * (all questions asked while the previous wave was answered form the next wave). The number of waves is the
 * dependency depth, independent of timing.
 */
import type { DnsResult, Resolver, RRType } from '../../src/core/dns/types.js';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function measureWaves<T>(
  inner: Resolver,
  run: (r: Resolver) => Promise<T>,
): Promise<{ result: T; waves: number; perWave: string[][] }> {
  let pending: { name: string; type: RRType; resolve: (r: DnsResult) => void }[] = [];
  const gated: Resolver = {
    query: (name, type) => new Promise<DnsResult>((resolve) => pending.push({ name, type, resolve })),
  };
  let done = false;
  const p = run(gated).finally(() => {
    done = true;
  });
  const perWave: string[][] = [];
  for (;;) {
    for (let i = 0; i < 5; i++) await settle();
    if (pending.length === 0) {
      if (done) break;
      continue;
    }
    const batch = pending;
    pending = [];
    perWave.push(batch.map((q) => `${q.name} ${q.type}`));
    await Promise.all(batch.map(async (q) => q.resolve(await inner.query(q.name, q.type))));
  }
  return { result: await p, waves: perWave.length, perWave };
}
