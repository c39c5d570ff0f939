import fc from 'fast-check';
import { parseTagList } from './tag-list.js';
import { canonicalizeBody } from './canon-body.js';
import { canonHeaderRelaxed, stripSignatureValue } from './canon-header.js';
import { rsaKeyInfo } from './rsa-key-der.js';
import { base64ToBytes } from './bytes.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('tag-list (RFC 6376 3.2)', () => {
  it('parses values with FWS, keeps interior FWS, allows one trailing ";"', () => {
    const r = parseTagList(' v=1; a = rsa-sha256 ;\r\n\tb=ab\r\n cd;');
    expect(r.ok && [...r.tags]).toEqual([
      ['v', '1'],
      ['a', 'rsa-sha256'],
      ['b', 'ab\r\n cd'],
    ]);
  });
  it('rejects duplicates, empty specs in the middle, bad names', () => {
    expect(parseTagList('a=1; a=2').ok).toBe(false);
    expect(parseTagList('a=1;; b=2').ok).toBe(false);
    expect(parseTagList('1a=1').ok).toBe(false);
    expect(parseTagList('novalue').ok).toBe(false);
  });
});

describe('body canonicalization (RFC 6376 3.4.3, 3.4.4)', () => {
  it('simple: trailing empty lines removed, empty body is CRLF, missing final CRLF added', () => {
    expect(dec(canonicalizeBody(enc('a \r\n\r\n\r\n'), 0, 'simple'))).toBe('a \r\n');
    expect(dec(canonicalizeBody(enc(''), 0, 'simple'))).toBe('\r\n');
    expect(dec(canonicalizeBody(enc('x'), 0, 'simple'))).toBe('x\r\n');
  });
  it('relaxed: WSP runs -> one SP, trailing WSP removed, empty body stays empty', () => {
    expect(dec(canonicalizeBody(enc(' a \t b\t \r\n \r\n\r\n'), 0, 'relaxed'))).toBe(' a b\r\n');
    expect(dec(canonicalizeBody(enc('\r\n \r\n'), 0, 'relaxed'))).toBe('');
  });
  it('bare LF is read as CRLF and relaxed is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\t', '\n', '\r\n', 'é', 'x'), { maxLength: 60 }), (parts) => {
        const crlf = parts.map((p) => (p === '\n' ? '\r\n' : p)).join('');
        const lf = parts.map((p) => (p === '\r\n' ? '\n' : p)).join('');
        for (const c of ['simple', 'relaxed'] as const) {
          expect(dec(canonicalizeBody(enc(lf), 0, c))).toBe(dec(canonicalizeBody(enc(crlf), 0, c)));
        }
        const once = canonicalizeBody(enc(crlf), 0, 'relaxed');
        expect(dec(canonicalizeBody(once, 0, 'relaxed'))).toBe(dec(once));
      }),
    );
  });
});

describe('header canonicalization', () => {
  it('relaxed lower-cases the name, unfolds, trims around the colon; keeps U+00A0 octets', () => {
    expect(canonHeaderRelaxed('SubJect \t:  A \r\n\t B  \r\n')).toBe('subject:A B\r\n');
    expect(canonHeaderRelaxed('X: a\u00a0\r\n')).toBe('x:a\u00a0\r\n');
  });
  it('b= value is emptied but bh= kept', () => {
    expect(stripSignatureValue('DKIM-Signature: bh=AAA; b=BB\r\n CC; d=x\r\n')).toBe('DKIM-Signature: bh=AAA; b=; d=x\r\n');
    expect(stripSignatureValue('DKIM-Signature: d=x; b=BB\r\n')).toBe('DKIM-Signature: d=x; b=\r\n');
  });
});

describe('RSA key DER', () => {
  it('wraps a PKCS#1 RSAPublicKey into SPKI with the same modulus size', () => {
    const spki = base64ToBytes(
      'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB',
    )!;
    const a = rsaKeyInfo(spki)!;
    expect(a.bits).toBe(1024);
    const pkcs1 = spki.subarray(22); // the BIT STRING contents after its 0 octet
    const b = rsaKeyInfo(pkcs1)!;
    expect(b.bits).toBe(1024);
    expect([...b.spki]).toEqual([...spki]);
    expect(rsaKeyInfo(new Uint8Array([0x30, 0x82, 0xff]))).toBeNull();
  });
});
