import { createDohResolver } from './doh-resolver.js';
import type { DohRequest, DohResponse, DohTransport } from './types.js';
import { base64UrlDecode } from './wire/base64url.js';
import { respondFromZone, type Mutate } from '../../../tests/helpers/doh-responder.js';

const zone = {
  'kagoya.net': { A: ['203.142.206.12'], MX: [[10, 'mas14.kagoya.net']] },
  'www.kagoya.net': { CNAME: ['kagoya.net'] },
  'key.test': { TXT: [['a'.repeat(255), 'b'.repeat(100)]] },
};
const ok = (body: Uint8Array): DohResponse => ({ status: 200, contentType: 'application/dns-message', body });

function queryOf(req: DohRequest): Uint8Array {
  if (req.method === 'POST') return req.body!;
  const u = new URL(req.url);
  expect(u.search.startsWith('?dns=')).toBe(true); // RFC 8484 4.1.1: dns first (unbound requires it)
  return base64UrlDecode(u.searchParams.get('dns')!)!;
}

function zoneTransport(mutate?: Mutate, log: DohRequest[] = []): DohTransport {
  return async (req) => {
    log.push(req);
    return ok(await respondFromZone(zone, queryOf(req), mutate));
  };
}

const base = { endpoints: ['https://doh.test/dns-query'], now: () => performance.now(), timeoutMs: 200 };

describe('DoH resolver (RFC 8484) with an injected transport', () => {
  it('GET and POST give the same answers; CNAME chains, TXT joined, NXDOMAIN/NODATA', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const log: DohRequest[] = [];
      const r = createDohResolver({ ...base, method, transport: zoneTransport(undefined, log) });
      expect(await r.query('kagoya.net', 'A')).toMatchObject({ status: 'ok', records: [{ data: '203.142.206.12' }] });
      expect(await r.query('www.kagoya.net', 'MX')).toMatchObject({
        status: 'ok',
        cnames: ['kagoya.net'],
        records: [{ exchange: 'mas14.kagoya.net' }],
      });
      const txt = (await r.query('key.test', 'TXT')).records[0]!;
      expect(txt.type === 'TXT' && txt.strings.join('').length).toBe(355);
      expect(await r.query('nope.test', 'A')).toMatchObject({ status: 'nxdomain', negativeTtl: 60 });
      expect(await r.query('key.test', 'A')).toMatchObject({ status: 'nodata', negativeTtl: 60 });
      expect(log.every((q) => q.method === method)).toBe(true);
    }
  });
  it('rejects responses that do not match the question, truncated, or malformed', async () => {
    const cases: [string, Mutate][] = [
      ['wrong id', (m) => ({ ...m, id: 7 })],
      ['wrong name', (m) => ({ ...m, questions: [{ ...m.questions[0]!, name: 'evil.test' }] })],
      ['wrong type', (m) => ({ ...m, questions: [{ ...m.questions[0]!, type: 28 }] })],
      ['wrong class', (m) => ({ ...m, questions: [{ ...m.questions[0]!, class: 3 }] })],
      ['not a response', (m) => ({ ...m, flags: { ...m.flags, qr: false } })],
      ['truncated', (m) => ({ ...m, flags: { ...m.flags, tc: true } })],
      ['refused', (m) => ({ ...m, flags: { ...m.flags, rcode: 5 } })],
    ];
    for (const [why, mutate] of cases) {
      const r = createDohResolver({ ...base, transport: zoneTransport(mutate) });
      const res = await r.query('kagoya.net', 'A');
      expect(res.status, why).toBe('error');
      expect(res.records, why).toEqual([]);
    }
    const servfail = createDohResolver({
      ...base,
      transport: zoneTransport((m) => ({ ...m, answers: [], flags: { ...m.flags, rcode: 2 } })),
    });
    expect((await servfail.query('kagoya.net', 'A')).status).toBe('servfail');
  });
  it('HTTP errors, wrong content-type, garbage, network failure, synchronous throw -> error', async () => {
    const transports: DohTransport[] = [
      async () => ({ status: 500, contentType: 'application/dns-message', body: new Uint8Array() }),
      async () => ({ status: 429, contentType: null, body: new Uint8Array() }),
      async () => ({ status: 200, contentType: 'text/html', body: new Uint8Array(20) }),
      async () => ok(Uint8Array.of(1, 2, 3)),
      async () => ok(new Uint8Array(70_000)),
      () => Promise.reject(new Error('ECONNREFUSED')),
      () => {
        throw new Error('sync');
      },
    ];
    for (const transport of transports)
      expect((await createDohResolver({ ...base, transport }).query('kagoya.net', 'A')).status).toBe('error');
  });
  it('times out via the AbortSignal and the transport sees the abort', async () => {
    let sawAbort = false;
    const hang: DohTransport = (req) =>
      new Promise((_, reject) =>
        req.signal.addEventListener('abort', () => {
          sawAbort = true;
          reject(new Error('aborted'));
        }),
      );
    const r = createDohResolver({ ...base, timeoutMs: 30, transport: hang });
    const t0 = performance.now();
    expect((await r.query('kagoya.net', 'A')).status).toBe('timeout');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(sawAbort).toBe(true);
    const ctl = new AbortController();
    const p = createDohResolver({ ...base, timeoutMs: 5000, transport: hang }).query('kagoya.net', 'A', { signal: ctl.signal });
    ctl.abort();
    expect(await p).toMatchObject({ status: 'error', error: 'query aborted' });
  });
  it('falls back to the next endpoint and then prefers the one that works', async () => {
    const hits: string[] = [];
    const good = zoneTransport();
    const transport: DohTransport = async (req) => {
      hits.push(new URL(req.url).host);
      if (req.url.startsWith('https://down.test')) throw new Error('connection refused');
      return good(req);
    };
    const r = createDohResolver({ ...base, endpoints: ['https://down.test/dns-query', 'https://up.test/dns-query'], transport });
    expect((await r.query('kagoya.net', 'A')).status).toBe('ok');
    expect((await r.query('kagoya.net', 'MX')).status).toBe('ok');
    expect(hits).toEqual(['down.test', 'up.test', 'up.test']);
  });
  it('reports the most specific failure when all endpoints fail; invalid endpoints/names never reach the transport', async () => {
    let calls = 0;
    const transport: DohTransport = async (req) => {
      calls++;
      if (req.url.includes('a.test'))
        return ok(await respondFromZone(zone, queryOf(req), (m) => ({ ...m, answers: [], flags: { ...m.flags, rcode: 2 } })));
      throw new Error('down');
    };
    const r = createDohResolver({ ...base, endpoints: ['https://a.test/q', 'https://b.test/q'], transport });
    expect((await r.query('kagoya.net', 'A')).status).toBe('servfail');
    calls = 0;
    expect(
      (await createDohResolver({ ...base, endpoints: ['http://plain.test/q', 'nonsense'], transport }).query('kagoya.net', 'A')).status,
    ).toBe('error');
    expect((await r.query('a..b', 'A')).status).toBe('error');
    expect(calls).toBe(0);
  });
  it('bounds concurrency', async () => {
    let active = 0;
    let peak = 0;
    const inner = zoneTransport();
    const transport: DohTransport = async (req) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((res) => setTimeout(res, 5));
      active--;
      return inner(req);
    };
    const r = createDohResolver({ ...base, maxConcurrency: 3, transport });
    const all = await Promise.all(Array.from({ length: 12 }, () => r.query('kagoya.net', 'A')));
    expect(all.every((x) => x.status === 'ok')).toBe(true);
    expect(peak).toBe(3);
  });
});
