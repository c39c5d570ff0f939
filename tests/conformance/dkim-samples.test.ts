/**
 * The project samples with their DNS fixture (zone.json): the legit KAGOYA notice is DKIM-signed by
 * kagoya.jp (s=fixture2023, relaxed/relaxed, t=1700010001). Also unit checks of findings and failure modes.
 */
import { verifyDkim, dkimFindings } from '../../src/core/auth/dkim/index.js';
import { verifyArc, arcFindings } from '../../src/core/auth/arc/index.js';
import { MemoryTxtResolver, zoneFromSamples } from './helpers/dkim-resolver.js';
import { SAMPLES, fixedClock, readBytes, readJson, webCrypto } from './helpers/dkim-files.js';

const zone = zoneFromSamples(readJson<Record<string, unknown>>(SAMPLES, 'zone.json'));
const now = fixedClock(1_700_010_060);
const legit = readBytes(SAMPLES, 'kagoya-legit.eml');

function tamper(raw: Uint8Array, from: string, to: string): Uint8Array {
  const text = Buffer.from(raw).toString('latin1');
  expect(text.includes(from)).toBe(true);
  return new Uint8Array(Buffer.from(text.replace(from, to), 'latin1'));
}

describe('samples: kagoya-legit.eml', () => {
  it('DKIM passes for d=kagoya.jp s=fixture2023 with a 2048-bit key and no weakness', async () => {
    const out = await verifyDkim({ raw: legit }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      result: 'pass',
      domain: 'kagoya.jp',
      selector: 'fixture2023',
      algorithm: 'rsa-sha256',
      keyBits: 2048,
      weaknesses: [],
    });
    const f = dkimFindings(out, 'kagoya.jp');
    expect(f.map((x) => [x.id, x.severity])).toEqual([['dkim-pass', 'info']]);
    expect(f[0]!.params.domain).toBe('kagoya.jp');
  });
  it('a changed body fails, and the finding is high because d= is the From domain', async () => {
    const raw = new Uint8Array([...legit, ...new TextEncoder().encode('Please log in at https://evil.example/\r\n')]);
    const out = await verifyDkim({ raw }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(out[0]!.result).toBe('fail');
    const f = dkimFindings(out, 'mail.kagoya.jp');
    expect(f.map((x) => [x.id, x.severity])).toEqual([['dkim-fail', 'high']]);
    expect(dkimFindings(out, 'example.net').map((x) => x.severity)).toEqual(['medium']);
  });
  it('DNS SERVFAIL on the key is temperror ("could not verify"), never pass', async () => {
    const resolver = new MemoryTxtResolver(zone, { failures: { 'fixture2023._domainkey.kagoya.jp': 'servfail' } });
    const out = await verifyDkim({ raw: legit }, { resolver, crypto: webCrypto, now });
    expect(out[0]!.result).toBe('temperror');
    expect(dkimFindings(out, 'kagoya.jp').map((x) => [x.id, x.severity])).toEqual([['dkim-temperror', 'info']]);
  });
  it('an expired x= against the injected clock is permerror', async () => {
    const raw = tamper(legit, 't=1700010001;', 't=1700010001; x=1700010002;');
    const out = await verifyDkim({ raw }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now: fixedClock(1_700_010_003) });
    expect(out[0]!.result).toBe('permerror');
    expect(out[0]!.reason).toMatch(/expired/);
  });
  it('a From added above the signed one keeps pass but is reported (dkim-weak, medium)', async () => {
    const raw = tamper(legit, 'DKIM-Signature:', 'From: attacker <a@evil.example>\r\nDKIM-Signature:');
    const out = await verifyDkim({ raw }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(out[0]!.result).toBe('pass');
    expect(out[0]!.weaknesses).toContain('unsigned-header-above');
    const weak = dkimFindings(out, 'kagoya.jp').find((x) => x.id === 'dkim-weak');
    expect(weak?.severity).toBe('medium');
  });
  it('accepts parsed header fields from the MIME parser as well as raw bytes', async () => {
    const text = Buffer.from(legit).toString('latin1');
    const end = text.indexOf('\r\n\r\n') + 4;
    const fields = text
      .slice(0, end - 2)
      .split(/\r\n(?![ \t])/)
      .filter(Boolean)
      .map((f) => {
        const name = f.slice(0, f.indexOf(':'));
        return { name, key: name.toLowerCase(), value: '', raw: `${f}\r\n` };
      });
    const out = await verifyDkim(
      { raw: legit, headers: fields, bodyOffset: end },
      { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now },
    );
    expect(out[0]!.result).toBe('pass');
  });
  it('no ARC headers -> arc none, no findings', async () => {
    const o = await verifyArc({ raw: legit }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
    expect(o).toMatchObject({ result: 'none', instances: 0 });
    expect(arcFindings(o)).toEqual([]);
  });
  it('garbage input never throws', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const ctx = { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now };
    await expect(verifyDkim({ raw: junk }, ctx)).resolves.toBeInstanceOf(Array);
    const sig = new TextEncoder().encode('DKIM-Signature: v=1; a=rsa-sha256; b=!!; bh=; d=..; s=; h=from\r\n\r\nx');
    const out = await verifyDkim({ raw: sig }, ctx);
    expect(out[0]!.result).toBe('permerror');
    expect((await verifyArc({ raw: junk }, ctx)).result).toMatch(/none|fail/);
  });
});
