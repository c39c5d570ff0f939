import { isAllowedRdapUrl, parseRdapBootstrap, rdapServersFor } from './bootstrap.js';
import { readRdapDomain } from './parse.js';
import { createRdapClient, retryAfterMs, type RdapFetch, type RdapHttpResponse } from './client.js';
import { shippedRdapBootstrap } from './shipped.js';

const domainJson = (name: string, events: unknown) => JSON.stringify({ objectClassName: 'domain', ldhName: name, events });

describe('RDAP bootstrap (RFC 9224)', () => {
  it('keeps https servers, loopback http only when allowed, longest label suffix wins, https first', () => {
    const b = parseRdapBootstrap(
      {
        publication: '2026-01-01T00:00:00Z',
        services: [
          [
            ['com', 'NET'],
            ['http://rdap.example.test/com/', 'https://rdap.example.test/com/'],
          ],
          [['co.uk'], ['https://rdap.example.test/co-uk']],
          [['uk'], ['https://rdap.example.test/uk/']],
          [['kg'], ['http://rdap.example.test/kg/']],
          [['test'], ['http://127.0.0.1:8080/rdap/']],
        ],
      },
      { allowLoopbackHttp: false },
    );
    expect(rdapServersFor(b, 'Example.COM')).toEqual(['https://rdap.example.test/com/']);
    expect(rdapServersFor(b, 'a.b.net.')).toEqual(['https://rdap.example.test/com/']);
    expect(rdapServersFor(b, 'shop.co.uk')).toEqual(['https://rdap.example.test/co-uk/']);
    expect(rdapServersFor(b, 'shop.org.uk')).toEqual(['https://rdap.example.test/uk/']);
    expect(rdapServersFor(b, 'x.kg')).toEqual([]);
    expect(rdapServersFor(b, 'x.test')).toEqual([]);
    const loop = parseRdapBootstrap(
      { services: [[['test'], ['http://127.0.0.1:8080/rdap/', 'http://10.0.0.1/rdap/']]] },
      { allowLoopbackHttp: true },
    );
    expect(rdapServersFor(loop, 'x.test')).toEqual(['http://127.0.0.1:8080/rdap/']);
    expect(isAllowedRdapUrl('https://user:pw@rdap.example.test/', true)).toBe(false);
  });
  it('rejects files that are not bootstrap files, with a clear error', () => {
    expect(() => parseRdapBootstrap([])).toThrow(/services/);
    expect(() => parseRdapBootstrap({ services: [['com']] })).toThrow(/\[entries, urls\]/);
  });
  it('the shipped bootstrap (IANA, generated) knows .com and .net at Verisign and has no .jp service', () => {
    const b = shippedRdapBootstrap();
    expect(b.publication).toMatch(/^20\d\d-/);
    expect(rdapServersFor(b, 'example.com')).toEqual(['https://rdap.verisign.com/com/v1/']);
    expect(rdapServersFor(b, 'example.jp')).toEqual([]);
    for (const urls of b.servers.values()) for (const u of urls) expect(u.startsWith('https://')).toBe(true);
  });
});

describe('RDAP domain answers (RFC 9083)', () => {
  it('takes the earliest registration event; hidden without one; garbage otherwise', () => {
    expect(
      readRdapDomain(
        domainJson('EXAMPLE.COM', [
          { eventAction: 'expiration', eventDate: '2030-01-01T00:00:00Z' },
          { eventAction: 'registration', eventDate: '1995-08-14T04:00:00Z' },
        ]),
        'example.com',
      ),
    ).toEqual({ kind: 'registered', registered: '1995-08-14T04:00:00Z' });
    expect(
      readRdapDomain(
        domainJson('example.com', [{ eventAction: 'registration', eventDate: '2026-11-18T10:00:00.123+09:00' }]),
        'example.com',
      ),
    ).toEqual({ kind: 'registered', registered: '2026-11-18T01:00:00Z' });
    expect(
      readRdapDomain(domainJson('example.com', [{ eventAction: 'last changed', eventDate: '2026-01-01T00:00:00Z' }]), 'example.com').kind,
    ).toBe('hidden');
    expect(readRdapDomain(domainJson('example.com', [{ eventAction: 'registration', eventDate: 'yesterday' }]), 'example.com').kind).toBe(
      'hidden',
    );
    expect(
      readRdapDomain(domainJson('example.com', [{ eventAction: 'registration', eventDate: '1970-01-01T00:00:00Z' }]), 'example.com').kind,
    ).toBe('hidden');
    expect(readRdapDomain('{"objectClassName":"entity"}', 'example.com').kind).toBe('garbage');
    expect(readRdapDomain('{"errorCode":404}', 'example.com').kind).toBe('garbage');
    expect(readRdapDomain('<html>', 'example.com').kind).toBe('garbage');
    expect(readRdapDomain(domainJson('other.com', []), 'example.com')).toMatchObject({
      kind: 'garbage',
      reason: expect.stringMatching(/other\.com/),
    });
  });
  it('Retry-After: delta-seconds or HTTP-date (RFC 9110 10.2.3)', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:01:00 GMT', 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});

describe('RDAP client: cache, pacing, failures', () => {
  const bootstrap = parseRdapBootstrap({ services: [[['com'], ['https://rdap.example.test/']]] });
  function fake(answer: (url: string) => RdapHttpResponse | 'hang'): { fetch: RdapFetch; urls: string[] } {
    const urls: string[] = [];
    return {
      urls,
      fetch: ({ url, signal }) => {
        urls.push(url);
        const a = answer(url);
        if (a === 'hang') return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
        return Promise.resolve(a);
      },
    };
  }
  const ok = (url: string): RdapHttpResponse => ({
    status: 200,
    location: null,
    retryAfter: null,
    body: domainJson(url.split('/').pop()!, [{ eventAction: 'registration', eventDate: '2020-01-01T00:00:00Z' }]),
  });

  it('caches answers per domain (no second request) until the positive TTL; failures only briefly', async () => {
    let t = 1_000_000;
    const f = fake((u) => (u.endsWith('down.com') ? { status: 503, location: null, retryAfter: null, body: '' } : ok(u)));
    const c = createRdapClient({ fetch: f.fetch, bootstrap, now: () => t, minIntervalMs: 0, positiveTtlMs: 10_000, failureTtlMs: 1000 });
    expect(await c.lookup('a.com', { timeLeftMs: 5000 })).toMatchObject({ status: 'registered' });
    expect(await c.lookup('A.com.', { timeLeftMs: 5000 })).toMatchObject({ status: 'registered' });
    expect(await c.lookup('down.com', { timeLeftMs: 5000 })).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/HTTP 503/),
    });
    expect(await c.lookup('down.com', { timeLeftMs: 5000 })).toMatchObject({ status: 'unavailable' });
    expect(f.urls).toEqual(['https://rdap.example.test/domain/a.com', 'https://rdap.example.test/domain/down.com']);
    t += 2000;
    await c.lookup('down.com', { timeLeftMs: 5000 });
    await c.lookup('a.com', { timeLeftMs: 5000 });
    expect(f.urls).toHaveLength(3);
    t += 10_000;
    await c.lookup('a.com', { timeLeftMs: 5000 });
    expect(f.urls).toHaveLength(4);
    expect(c.requests).toBe(4);
  });
  it('bounded: the oldest domain leaves the cache first', async () => {
    const f = fake(ok);
    const c = createRdapClient({ fetch: f.fetch, bootstrap, now: () => 0, minIntervalMs: 0, maxEntries: 2 });
    for (const d of ['a.com', 'b.com', 'c.com', 'a.com']) await c.lookup(d, { timeLeftMs: 5000 });
    expect(f.urls.map((u) => u.split('/').pop())).toEqual(['a.com', 'b.com', 'c.com', 'a.com']);
  });
  it('paces requests to one server and gives up, without a request, when the next slot is past the time left', async () => {
    const f = fake(ok);
    const c = createRdapClient({ fetch: f.fetch, bootstrap, now: () => performance.now(), minIntervalMs: 200, burst: 2 });
    const started = performance.now();
    const got = await Promise.all(['a.com', 'b.com', 'c.com', 'd.com'].map((d) => c.lookup(d, { timeLeftMs: 300 })));
    expect(got.map((g) => g.status)).toEqual(['registered', 'registered', 'registered', 'unavailable']);
    expect(got[3]).toMatchObject({ reason: expect.stringMatching(/no request slot/) });
    expect(f.urls).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
  it('a hanging server is cut at the time left; a redirect to plain http is refused; no service for unknown TLDs', async () => {
    const f = fake((u) => (u.includes('slow') ? 'hang' : { status: 302, location: 'http://elsewhere.test/x', retryAfter: null, body: '' }));
    const c = createRdapClient({ fetch: f.fetch, bootstrap, now: () => performance.now(), minIntervalMs: 0 });
    const t0 = performance.now();
    expect(await c.lookup('slow.com', { timeLeftMs: 150 })).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/did not answer within/),
    });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await c.lookup('moved.com', { timeLeftMs: 1000 })).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/https only/),
    });
    expect(await c.lookup('example.jp', { timeLeftMs: 1000 })).toMatchObject({ status: 'no-service' });
  });
});
