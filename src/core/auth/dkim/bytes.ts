/** Byte <-> binary-string helpers (one char per octet, "latin1") and base64 decoding without throwing. */

const CHUNK = 0x2000;

/** Decodes bytes as a binary string: every octet becomes the char with the same code (0-255). */
export function bytesToBinary(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(end, i + CHUNK))));
  }
  return out;
}

/** Encodes a binary string back to bytes (chars above 0xFF are truncated to their low octet). */
export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 (whitespace already stripped). Returns null on malformed input instead of throwing. */
export function base64ToBytes(b64: string): Uint8Array | null {
  if (!B64.test(b64) || b64.length % 4 === 1) return null;
  try {
    return binaryToBytes(atob(b64));
  } catch {
    return null;
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinary(bytes));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
