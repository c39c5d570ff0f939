/**
 * Minimal DER reading for DKIM RSA keys: tells SubjectPublicKeyInfo from a bare PKCS#1 RSAPublicKey
 * (RFC 8017 A.1.1), wraps the latter into SPKI (RFC 5280 4.1) for WebCrypto, and measures the modulus.
 */

interface Tlv {
  tag: number;
  /** Offset of the contents. */
  start: number;
  end: number;
}

/** Reads one TLV at `pos` inside [pos, limit); null when malformed. Long lengths up to 4 octets. */
function readTlv(b: Uint8Array, pos: number, limit: number): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos] as number;
  let len = b[pos + 1] as number;
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (b[p + i] as number);
    p += n;
  }
  if (p + len > limit) return null;
  return { tag, start: p, end: p + len };
}

function encodeLength(len: number): number[] {
  if (len < 0x80) return [len];
  const bytes: number[] = [];
  for (let l = len; l > 0; l = Math.floor(l / 256)) bytes.unshift(l & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, content: Uint8Array): Uint8Array {
  const head = [tag, ...encodeLength(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head, 0);
  out.set(content, head.length);
  return out;
}

/** AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }. */
const RSA_ALG_ID = Uint8Array.from([0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);

export interface RsaKeyInfo {
  spki: Uint8Array;
  /** Modulus size in bits. */
  bits: number;
}

function modulusBits(b: Uint8Array, rsaPub: Tlv): number | null {
  // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
  const n = readTlv(b, rsaPub.start, rsaPub.end);
  if (!n || n.tag !== 0x02) return null;
  let i = n.start;
  while (i < n.end && b[i] === 0) i++;
  if (i >= n.end) return null;
  const top = b[i] as number;
  return (n.end - i - 1) * 8 + (32 - Math.clz32(top));
}

/**
 * Accepts SPKI DER or bare PKCS#1 RSAPublicKey DER (used by some signers, e.g. go-msgauth's test key and
 * dkimpy's *.pub.rsa.txt); returns SPKI and the modulus size, or null if neither parses.
 */
export function rsaKeyInfo(der: Uint8Array): RsaKeyInfo | null {
  const outer = readTlv(der, 0, der.length);
  if (!outer || outer.tag !== 0x30) return null;
  const first = readTlv(der, outer.start, outer.end);
  if (!first) return null;
  if (first.tag === 0x02) {
    const bits = modulusBits(der, outer);
    if (bits === null) return null;
    const pkcs1 = der.subarray(0, outer.end);
    const bitString = new Uint8Array(pkcs1.length + 1);
    bitString.set(pkcs1, 1); // leading 0: no unused bits
    const body = new Uint8Array(RSA_ALG_ID.length + encodeLength(bitString.length).length + 1 + bitString.length);
    body.set(RSA_ALG_ID, 0);
    body.set(tlv(0x03, bitString), RSA_ALG_ID.length);
    return { spki: tlv(0x30, body), bits };
  }
  if (first.tag !== 0x30) return null;
  const bs = readTlv(der, first.end, outer.end);
  if (!bs || bs.tag !== 0x03 || bs.end - bs.start < 2) return null;
  const inner = readTlv(der, bs.start + 1, bs.end);
  if (!inner || inner.tag !== 0x30) return null;
  const bits = modulusBits(der, inner);
  if (bits === null) return null;
  return { spki: der.subarray(0, outer.end), bits };
}
