/**
 * dkimpy generated vectors (91: rsa-sha256/rsa-sha1/ed25519 x 4 canonicalizations, tampering, l=,
 * oversigning, key record variants). Expected `pass` maps to our `pass`, except rsa-sha1 signatures, which
 * this engine reports as `policy` (RFC 8301 3.1) with weakness `rsa-sha1`; expected `fail` = anything but pass.
 *
 * Skipped cases: none.
 */
import { verifyDkim } from '../../src/core/auth/dkim/index.js';
import { MemoryTxtResolver, type TxtZone } from './helpers/dkim-resolver.js';
import { CONFORMANCE, fixedClock, readBytes, readJson, webCrypto } from './helpers/dkim-files.js';

interface Vector {
  file: string;
  expected: 'pass' | 'fail';
  note: string;
  rsa_sha1?: boolean;
  signed_with?: { a?: string };
}

const dir = `${CONFORMANCE}/dkim-dkimpy/generated`;
const vectors = readJson<{ vectors: Vector[] }>(dir, 'vectors.json').vectors;
const zone = readJson<{ TXT: TxtZone }>(dir, 'dns.json').TXT;
const now = fixedClock(1_700_000_100);

describe('dkimpy generated vectors', () => {
  let passed = 0;
  for (const v of vectors) {
    it(`${v.file}: ${v.expected} (${v.note.slice(0, 60)})`, async () => {
      const raw = readBytes(dir, v.file);
      const [o] = await verifyDkim({ raw }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
      expect(o).toBeDefined();
      const sha1 = o!.algorithm === 'rsa-sha1';
      if (v.expected === 'pass') {
        expect(o!.result, o!.reason).toBe(sha1 ? 'policy' : 'pass');
      } else {
        expect(['fail', 'permerror', 'policy'], o!.reason).toContain(o!.result);
        if (o!.result === 'policy') expect(sha1).toBe(true);
        expect(o!.result).not.toBe('pass');
      }
      if (sha1) expect(o!.weaknesses).toContain('rsa-sha1');
      if (v.file.includes('_l_') && o!.result !== 'fail') expect(o!.weaknesses).toContain('l=');
      if (v.file.includes('t-y')) expect(o!.weaknesses).toContain('testing');
      if (v.file.includes('not_oversigned_added_subject_top')) expect(o!.weaknesses).toContain('unsigned-header-above');
      passed++;
    });
  }
  afterAll(() => {
    console.log(`dkimpy generated: ${passed}/${vectors.length} passed`);
  });
});
