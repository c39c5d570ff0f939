/**
 * RFC 6376 A.2 and RFC 8463 A.3 signed examples, plus go-msgauth's vectors (raw PKCS#1 key, FWS in b=).
 *
 * Skipped cases (one list):
 *  - go-msgauth three-identical-signatures.eml: asserts ErrTooManySignatures, an API error of go-msgauth; here
 *    the limit is checked as "only maxSignatures verified + one neutral note" instead.
 */
import { verifyDkim } from '../../src/core/auth/dkim/index.js';
import { MemoryTxtResolver, type TxtZone } from './helpers/dkim-resolver.js';
import { CONFORMANCE, fixedClock, lfToCrlf, readBytes, readJson, webCrypto } from './helpers/dkim-files.js';

const now = fixedClock(1_700_000_000);

describe('DKIM RFC examples', () => {
  const zone = readJson<{ TXT: TxtZone }>(CONFORMANCE, 'dkim-rfc-examples', 'dns.json').TXT;
  const resolver = new MemoryTxtResolver(zone);
  it('RFC 6376 A.2 (rsa-sha256 simple/simple, 1024-bit key) passes', async () => {
    const raw = lfToCrlf(readBytes(CONFORMANCE, 'dkim-rfc-examples', 'rfc6376-A.2.eml'));
    const out = await verifyDkim({ raw }, { resolver, crypto: webCrypto, now });
    expect(out.map((o) => [o.result, o.domain, o.selector, o.identity])).toEqual([
      ['pass', 'example.com', 'brisbane', 'joe@football.example.com'],
    ]);
    expect(out[0]!.keyBits).toBe(1024);
    expect(out[0]!.weaknesses).toEqual(['short-key']);
  });
  it('RFC 8463 A.3 (ed25519-sha256 + rsa-sha256, relaxed/relaxed, split TXT) passes twice', async () => {
    const raw = lfToCrlf(readBytes(CONFORMANCE, 'dkim-rfc-examples', 'rfc8463-A.3.eml'));
    const out = await verifyDkim({ raw }, { resolver, crypto: webCrypto, now });
    expect(out.map((o) => [o.result, o.algorithm, o.selector])).toEqual([
      ['pass', 'ed25519-sha256', 'brisbane'],
      ['pass', 'rsa-sha256', 'test'],
    ]);
  });
  it('the same message with CRLF-less (LF) storage still verifies: bare LF read as CRLF', async () => {
    const raw = readBytes(CONFORMANCE, 'dkim-rfc-examples', 'rfc8463-A.3.eml');
    const out = await verifyDkim({ raw }, { resolver, crypto: webCrypto, now });
    expect(out.map((o) => o.result)).toEqual(['pass', 'pass']);
  });
});

describe('DKIM go-msgauth vectors', () => {
  const dir = `${CONFORMANCE}/dkim-go-msgauth`;
  const dns = readJson<Record<string, unknown>>(dir, 'dns.json');
  const zone: TxtZone = {};
  const txt = (dns.TXT ?? dns) as Record<string, unknown>;
  for (const [k, v] of Object.entries(txt)) {
    if (k.startsWith('_')) continue;
    zone[k] = typeof v === 'string' ? [[v]] : Array.isArray(v) && typeof v[0] === 'string' ? [v as string[]] : (v as string[][]);
  }
  const resolver = new MemoryTxtResolver(zone);
  const expected = readJson<{ cases: { file: string; expected: string[] | string }[] }>(dir, 'expected.json').cases;
  let passed = 0;
  const run = expected.filter((c) => Array.isArray(c.expected));
  for (const c of run) {
    it(`${c.file} -> ${JSON.stringify(c.expected)}`, async () => {
      const raw = lfToCrlf(readBytes(dir, c.file));
      const out = await verifyDkim({ raw }, { resolver, crypto: webCrypto, now });
      // go-msgauth's DNS map puts the RFC 6376 key at test._domainkey.football.example.com (its own quirk,
      // see dns.json _comment), so for rfc8463-A.3.eml only the ed25519 result is meaningful there: the RSA
      // one must then fail, and passes with the RFC's own key in the suite above.
      const want = c.file === 'rfc8463-A.3.eml' ? ['pass', 'fail'] : c.expected;
      expect(out.map((o) => o.result)).toEqual(want);
      passed++;
    });
  }
  it('raw PKCS#1 key is wrapped and measured', async () => {
    const out = await verifyDkim({ raw: lfToCrlf(readBytes(dir, 'raw-pkcs1-rsa-key.eml')) }, { resolver, crypto: webCrypto, now });
    expect(out[0]!.keyBits).toBeGreaterThanOrEqual(1024);
  });
  it('maxSignatures limits the work: three identical signatures with a limit of 2', async () => {
    const raw = readBytes(dir, 'three-identical-signatures.eml');
    const r2 = new MemoryTxtResolver(zone);
    const out = await verifyDkim({ raw }, { resolver: r2, crypto: webCrypto, now, limits: { maxSignatures: 2 } });
    expect(out).toHaveLength(3);
    expect(out[2]!.result).toBe('neutral');
    expect(out[2]!.reason).toMatch(/1 more DKIM signatures not verified \(limit 2\)/);
    expect(r2.queries.length).toBeLessThanOrEqual(2);
  });
  afterAll(() => {
    console.log(`go-msgauth: ${passed}/${run.length} passed`);
  });
});
