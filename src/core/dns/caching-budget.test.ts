import { createCachingResolver } from './caching-resolver.js';
import { createBudgetResolver } from './budget-resolver.js';
import { createFixtureResolver } from './fixture-resolver.js';
import { createNoneResolver } from './none-resolver.js';
import type { DnsResult, Resolver, RRType } from './types.js';

function counting(inner: Resolver): Resolver & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    query: (n: string, t: RRType, o?: { signal?: AbortSignal }) => {
      calls.push(`${n} ${t}`);
      return inner.query(n, t, o);
    },
  };
}
const zone = { 'a.test': { A: ['192.0.2.1'] }, 'slow.test': { TIMEOUT: true } };

describe('caching resolver', () => {
  it('honours TTLs (positive and RFC 2308 negative), never caches temporary failures', async () => {
    let t = 0;
    const inner = counting(createFixtureResolver(zone));
    const c = createCachingResolver(inner, { now: () => t, maxEntries: 10 });
    await c.query('a.test', 'A');
    await c.query('A.TEST.', 'A');
    await c.query('gone.test', 'A');
    await c.query('gone.test', 'A');
    await c.query('slow.test', 'A');
    await c.query('slow.test', 'A');
    expect(inner.calls).toEqual(['a.test A', 'gone.test A', 'slow.test A', 'slow.test A']);
    t = 299_000;
    await c.query('a.test', 'A');
    expect(inner.calls).toHaveLength(4);
    t = 300_001;
    await c.query('a.test', 'A');
    expect(inner.calls).toHaveLength(5);
  });
  it('does not cache negative answers without an SOA; evicts past maxEntries', async () => {
    const noSoa: Resolver = {
      query: async (name, type): Promise<DnsResult> => ({ name, type, status: 'nxdomain', records: [], cnames: [], ad: false }),
    };
    const inner = counting(noSoa);
    const c = createCachingResolver(inner, { now: () => 0 });
    await c.query('x.test', 'A');
    await c.query('x.test', 'A');
    expect(inner.calls).toHaveLength(2);
    const inner2 = counting(createFixtureResolver({ 'a.test': { A: ['192.0.2.1'], MX: [[1, 'a.test']], TXT: [['x']] } }));
    const small = createCachingResolver(inner2, { now: () => 0, maxEntries: 2 });
    for (const t of ['A', 'MX', 'TXT', 'A'] as const) await small.query('a.test', t);
    expect(small.size).toBe(2);
    expect(inner2.calls).toHaveLength(4);
  });
  it('de-duplicates in-flight questions; one caller aborting does not fail the other', async () => {
    const inner = counting(createFixtureResolver({ 'slow.test': { TIMEOUT: true } }, { timeoutMs: 20 }));
    const c = createCachingResolver(inner, { now: () => 0 });
    const ctl = new AbortController();
    const p1 = c.query('slow.test', 'A', { signal: ctl.signal });
    const p2 = c.query('slow.test', 'A');
    ctl.abort();
    expect((await p1).error).toBe('query aborted');
    expect((await p2).status).toBe('timeout');
    expect(inner.calls).toHaveLength(1);
  });
});

describe('budget resolver', () => {
  it('refuses past maxQueries with error "budget"', async () => {
    const b = createBudgetResolver(createFixtureResolver(zone), { maxQueries: 2, deadline: 1000, now: () => 0 });
    expect((await b.query('a.test', 'A')).status).toBe('ok');
    expect((await b.query('a.test', 'A')).status).toBe('ok');
    expect(await b.query('a.test', 'A')).toMatchObject({ status: 'error', error: 'budget' });
    expect([b.used, b.refused]).toEqual([2, 1]);
  });
  it('refuses past the deadline and cuts queries in flight at the deadline', async () => {
    let t = 0;
    const late = createBudgetResolver(createFixtureResolver(zone), { maxQueries: 10, deadline: 100, now: () => t });
    t = 100;
    expect((await late.query('a.test', 'A')).error).toBe('budget');
    const clock = () => performance.now();
    const b = createBudgetResolver(createFixtureResolver(zone, { timeoutMs: 5000 }), {
      maxQueries: 10,
      deadline: clock() + 30,
      now: clock,
    });
    const t0 = performance.now();
    expect(await b.query('slow.test', 'A')).toMatchObject({ status: 'error', error: 'budget' });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('none resolver', () => {
  it('answers offline', async () => {
    expect((await createNoneResolver().query('a.test', 'A')).status).toBe('offline');
  });
});
