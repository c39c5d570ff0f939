/**
 * Part bodies as postal-mime 4.0.0 decodes them, and their base64 form, for postal-input.ts (which hands postal-mime
 * one base64 line per text part instead of many lines). Each function mirrors one postal-mime step exactly:
 * readLine (postal-mime.js: a line ends at LF, its content stops before its trailing CR/LF bytes) and the
 * pass-through decoder (pass-through-decoder.js: every line's content plus "\n").
 */

const CR = 13;
const LF = 10;

/** What postal-mime's pass-through decoder outputs for these body lines: each line's content plus "\n". */
export function passThroughBytes(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 1);
  let o = 0;
  for (let pos = 0; pos < body.length;) {
    const nl = body.indexOf(LF, pos);
    const next = nl < 0 ? body.length : nl + 1;
    let end = next;
    while (end > pos && (body[end - 1] === LF || body[end - 1] === CR)) end--;
    out.set(body.subarray(pos, end), o);
    o += end - pos;
    out[o++] = LF;
    pos = next;
  }
  return out.subarray(0, o);
}

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d;

/** Length of the base64 form of `n` bytes (RFC 4648 section 4, padded). */
export function base64Length(n: number): number {
  return Math.ceil(n / 3) * 4;
}

/** Writes the base64 form of `bytes` (RFC 4648 section 4, padded, one line) to `out` at `o`; returns the new offset. */
export function writeBase64(bytes: Uint8Array, out: Uint8Array, o: number): number {
  const n = bytes.length;
  const whole = n - (n % 3);
  let i = 0;
  for (; i < whole; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o] = ALPHABET[v >>> 18]!;
    out[o + 1] = ALPHABET[(v >>> 12) & 63]!;
    out[o + 2] = ALPHABET[(v >>> 6) & 63]!;
    out[o + 3] = ALPHABET[v & 63]!;
    o += 4;
  }
  if (n - whole === 1) {
    const v = bytes[i]! << 16;
    out[o] = ALPHABET[v >>> 18]!;
    out[o + 1] = ALPHABET[(v >>> 12) & 63]!;
    out[o + 2] = PAD;
    out[o + 3] = PAD;
    o += 4;
  } else if (n - whole === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out[o] = ALPHABET[v >>> 18]!;
    out[o + 1] = ALPHABET[(v >>> 12) & 63]!;
    out[o + 2] = ALPHABET[(v >>> 6) & 63]!;
    out[o + 3] = PAD;
    o += 4;
  }
  return o;
}
