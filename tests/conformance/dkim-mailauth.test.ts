/**
 * postalsys/mailauth DKIM fixtures: ec/signed.eml (RFC 8463 message, key set split in several strings) and
 * the unsigned message1..4.eml, signed here by mailauth's own signer (dev dependency, a second independent
 * implementation) with the fixture keys in all four canonicalizations, then verified by Sender Lens.
 *
 * Skipped (one list): authtest.eml (an authentication-results/SPF fixture, no DKIM-Signature to verify);
 * private-ed25519.pem: not signed here (ed25519 verification is covered by ec/signed.eml, RFC 8463 and dkimpy).
 */
import { createRequire } from 'node:module';
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { verifyDkim } from '../../src/core/auth/dkim/index.js';
import { MemoryTxtResolver, type TxtZone } from './helpers/dkim-resolver.js';
import { CONFORMANCE, fixedClock, readBytes, readJson, webCrypto } from './helpers/dkim-files.js';

const dir = `${CONFORMANCE}/dkim-mailauth`;
const now = fixedClock(1_528_637_999);
const { dkimSign } = createRequire(import.meta.url)('mailauth/lib/dkim/sign') as {
  dkimSign(input: Buffer, opts: unknown): Promise<{ signatures: string }>;
};

describe('mailauth ec/signed.eml', () => {
  it('both signatures (ed25519 + rsa, TXT split in 4 strings) pass', async () => {
    const json = readJson<Record<string, { TXT: string[][] }>>(dir, 'ec', 'dns.json');
    const zone: TxtZone = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v.TXT]));
    const out = await verifyDkim(
      { raw: readBytes(dir, 'ec', 'signed.eml') },
      { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now },
    );
    expect(out.map((o) => o.result)).toEqual(['pass', 'pass']);
  });
});

describe('mailauth fixtures signed by mailauth, verified by Sender Lens', () => {
  const pem = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');
  const p = (f: string) => createPublicKey(pem(f)).export({ type: 'spki', format: 'der' }).toString('base64');
  const zone: TxtZone = {
    'rsa._domainkey.example.com': [[`v=DKIM1; k=rsa; p=${p('public-rsa.pem')}`]],
    'small._domainkey.example.com': [[`v=DKIM1; k=rsa; p=${p('public-small.pem')}`]],
  };
  let verified = 0;
  for (const file of ['message1.eml', 'message2.eml', 'message3.eml', 'message4.eml']) {
    for (const c of ['simple/simple', 'simple/relaxed', 'relaxed/simple', 'relaxed/relaxed']) {
      it(`${file} ${c} rsa-sha256 2048 -> pass`, async () => {
        const msg = Buffer.from(readBytes(dir, file));
        const s = await dkimSign(msg, {
          canonicalization: c,
          algorithm: 'rsa-sha256',
          signatureData: [{ signingDomain: 'example.com', selector: 'rsa', privateKey: pem('private-rsa.pem') }],
        });
        const out = await verifyDkim(
          { raw: new Uint8Array(Buffer.concat([Buffer.from(s.signatures), msg])) },
          { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now: fixedClock(4_000_000_000) },
        );
        expect(out[0]!.result, out[0]!.reason).toBe('pass');
        verified++;
      });
    }
  }
  it('a 512-bit key (private-small.pem) is permerror (RFC 8301 3.2)', async () => {
    const msg = Buffer.from(readBytes(dir, 'message1.eml'));
    const s = await dkimSign(msg, {
      canonicalization: 'relaxed/relaxed',
      algorithm: 'rsa-sha256',
      signatureData: [{ signingDomain: 'example.com', selector: 'small', privateKey: pem('private-small.pem') }],
    });
    const out = await verifyDkim(
      { raw: new Uint8Array(Buffer.concat([Buffer.from(s.signatures), msg])) },
      { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now: fixedClock(4_000_000_000) },
    );
    expect(out[0]).toMatchObject({ result: 'permerror', keyBits: 512 });
  });
  afterAll(() => {
    console.log(`mailauth-signed fixtures: ${verified}/16 verified`);
  });
});
