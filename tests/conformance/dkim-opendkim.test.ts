/**
 * OpenDKIM libopendkim test data (the C programs are not data-driven; this uses what is):
 *  - t-test00's deterministic rsa-sha1 relaxed/relaxed signature SIG2 over its HEADER/BODY pieces, which
 *    exercise relaxed canonicalization of folded headers, WSP runs, trailing WSP, inner and trailing blank lines;
 *  - the key "zone" of t-setup.c (11 selectors): each key-record variant checked against RFC 6376 3.6.1.
 *
 * Skipped (one list): the other 153 t-test*.c programs (they drive the C API with chunked writes, signing,
 * DKIM_STAT_* codes and 2007-era rsa-sha1 signers; their inputs are the same pieces used here).
 */
import { verifyDkim } from '../../src/core/auth/dkim/index.js';
import { parseKeyRecord } from '../../src/core/auth/dkim/key-record.js';
import { MemoryTxtResolver, zoneFromSingleStrings } from './helpers/dkim-resolver.js';
import { CONFORMANCE, fixedClock, readJson, webCrypto } from './helpers/dkim-files.js';

const dir = `${CONFORMANCE}/dkim-opendkim`;
const d = readJson<{ defines: Record<string, string> }>(dir, 't-testdata.json').defines;
const index = readJson<{ tests: { file: string; local_defines: Record<string, string> }[] }>(dir, 't-tests-index.json').tests;
const txt = readJson<{ TXT: Record<string, string> }>(dir, 'dns.json').TXT;
const zone = zoneFromSingleStrings(txt);
const now = fixedClock(1_172_620_939);

function message(sig: string, trailingBlanks: number): Uint8Array {
  const headers = ['HEADER02', 'HEADER03', 'HEADER04', 'HEADER05', 'HEADER06', 'HEADER07', 'HEADER08', 'HEADER09']
    .map((k) => `${d[k]}\r\n`)
    .join('');
  const body =
    ['BODY00', 'BODY01', 'BODY01A', 'BODY01B', 'BODY01C', 'BODY01D', 'BODY01E', 'BODY02', 'BODY03', 'BODY04', 'BODY03', 'BODY03', 'BODY05']
      .map((k) => d[k])
      .join('') + '\r\n'.repeat(trailingBlanks);
  return new TextEncoder().encode(`DKIM-Signature: ${sig}\r\n${headers}\r\n${body}`);
}

describe('OpenDKIM t-test00 SIG2 (rsa-sha1 relaxed/relaxed, deterministic)', () => {
  const sig2 = index.find((t) => t.file === 't-test00.c')!.local_defines.SIG2!;
  it('verifies cryptographically (reported as policy: rsa-sha1, RFC 8301) with its flags', async () => {
    const out = await verifyDkim({ raw: message(sig2, 3) }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(out[0]!.result, out[0]!.reason).toBe('policy');
    expect(out[0]!.weaknesses).toEqual(expect.arrayContaining(['rsa-sha1', 'testing', 'short-key']));
  });
  it('trailing blank lines do not matter (relaxed body, RFC 6376 3.4.4)', async () => {
    const out = await verifyDkim({ raw: message(sig2, 0) }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(out[0]!.result).toBe('policy');
  });
  it('an extra inner space in the body still verifies; an extra word does not', async () => {
    const ok = new TextDecoder().decode(message(sig2, 1)).replace('message body.', 'message  body.');
    const bad = new TextDecoder().decode(message(sig2, 1)).replace('message body.', 'message xbody.');
    const r = (s: string) =>
      verifyDkim({ raw: new TextEncoder().encode(s) }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect((await r(ok))[0]!.result).toBe('policy');
    expect((await r(bad))[0]!.result).toBe('fail');
  });
});

describe('OpenDKIM key record variants (t-setup.c)', () => {
  /** selector -> expected: ok (with flags) or the error it must give. */
  const expected: Record<string, RegExp | { testing: boolean; strict: boolean; hashes: string[] | null }> = {
    test: { testing: true, strict: true, hashes: ['sha1', 'sha256'] },
    'test@sendmail.com': { testing: true, strict: false, hashes: null },
    brisbane: { testing: false, strict: false, hashes: null },
    badv: /v=DKIM0/,
    sha256only: { testing: true, strict: true, hashes: ['sha256'] },
    nok: { testing: true, strict: true, hashes: null },
    badk: /unknown key type/,
    nop: /no p=/,
  };
  for (const [name, text] of Object.entries(txt)) {
    const sel = name.split('.')[0]!;
    const want = expected[name.endsWith('sendmail.com') ? `${sel}@sendmail.com` : sel];
    it(`${name}`, () => {
      const r = parseKeyRecord(text);
      if (want instanceof RegExp) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(want);
      } else if (want) {
        expect(r.ok).toBe(true);
        if (r.ok) expect({ testing: r.key.testing, strict: r.key.strict, hashes: r.key.hashes }).toEqual(want);
      } else {
        // emptyp (revoked), corruptp (not a usable key), badh (h=sha0), test2 etc.: parse, judged at verify time.
        expect(r.ok).toBe(true);
      }
    });
  }
  it('revoked (empty p=), corrupt p= and h= without the signature hash fail at verification', async () => {
    const sig2 = index.find((t) => t.file === 't-test00.c')!.local_defines.SIG2!;
    const results: Record<string, string> = {};
    for (const sel of ['emptyp', 'corruptp', 'sha256only', 'badk', 'nop', 'badv']) {
      if (!txt[`${sel}._domainkey.example.com`]) continue;
      const out = await verifyDkim(
        { raw: message(sig2.replace('s=test;', `s=${sel};`), 1) },
        { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now },
      );
      results[sel] = `${out[0]!.result}: ${out[0]!.reason}`;
    }
    for (const r of Object.values(results)) expect(r).toMatch(/^permerror/);
    expect(results.emptyp).toMatch(/revoked/);
    expect(results.sha256only).toMatch(/not allowed by key h=/);
  });
});
