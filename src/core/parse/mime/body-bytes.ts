/**
 * Part bodies as postal-mime 4.0.0 decodes them, and their base64 form, for multipart-bodies.ts and postal-input.ts
 * (which hands postal-mime one base64 line per text part instead of many lines). Each function mirrors one
 * postal-mime step exactly: readLine (postal-mime.js: a line ends at LF, its content stops before its trailing CR/LF
 * bytes), the pass-through decoder (pass-through-decoder.js: every line's content plus "\n") and the
 * quoted-printable decoder (qp-decoder.js).
 *
 * Bodies are cut from a CRLF-normalised message (crlf.ts: every CR is followed by LF and every LF preceded by CR),
 * so a line's content is simply what comes before its CRLF, and the pass-through and quoted-printable decoders
 * run as one loop over the body instead of one per line (measured: 0.7 of the per-line loops on the dev corpus).
 */

const CR = 13;
const LF = 10;

/** What postal-mime's pass-through decoder outputs for these body lines: each line's content plus "\n". */
export function passThroughBytes(body: Uint8Array): Uint8Array {
  const n = body.length;
  const out = new Uint8Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = body[i]!;
    if (c !== CR) out[o++] = c; // a CRLF becomes its LF
  }
  if (n > 0 && body[n - 1] !== LF) out[o++] = LF; // the last line, without a line break, gets its "\n" too
  return out.subarray(0, o);
}

const EQUALS = 0x3d;

/** postal-mime's hexNibble (decode-strings.js): a hex digit's value, -1 for anything else. */
function hexNibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * What postal-mime's quoted-printable decoder outputs for these body lines (RFC 2045 section 6.7, as qp-decoder.js
 * reads it): a line ending in `=` is a soft break (no "\n" added), `=XX` with two hex digits is that byte, and
 * anything else (a bad escape, an `=` too near the end of its line) is kept as it is.
 */
export function quotedPrintableBytes(body: Uint8Array): Uint8Array {
  const n = body.length;
  const out = new Uint8Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = body[i]!;
    if (c === CR) {
      out[o++] = LF; // a hard line break (its LF is skipped)
      i++;
      continue;
    }
    if (c === EQUALS) {
      // Two hex digits are never CR or LF, so they are within the line.
      const high = hexNibble(body[i + 1] ?? 0);
      const low = hexNibble(body[i + 2] ?? 0);
      if (high >= 0 && low >= 0) {
        out[o++] = (high << 4) | low;
        i += 2;
        continue;
      }
      if (body[i + 1] === CR) {
        i += 2; // a soft line break: `=` ends the line
        continue;
      }
      if (i + 1 === n) return out.subarray(0, o); // a soft break ending the body: no "\n" after it
    }
    out[o++] = c;
  }
  if (n > 0 && body[n - 1] !== LF) out[o++] = LF; // the last line, without a line break, gets its "\n" too
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

/** Value of each base64 alphabet byte (RFC 4648 section 4), -1 for every other byte. */
const BASE64_VALUE = new Int8Array(256).fill(-1);
ALPHABET.forEach((c, i) => (BASE64_VALUE[c] = i));

/**
 * What postal-mime's base64 decoder outputs for these body lines (base64-decoder.js, decodeBase64 in
 * decode-strings.js): every byte outside the base64 alphabet is dropped (line breaks, spaces, non-ASCII), a run of
 * `=` ends a unit, and each unit is decoded on its own: a last group of 2 or 3 characters gives 1 or 2 bytes, a
 * last group of 1 character none.
 */
export function base64Bytes(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((body.length * 3) / 4) + 3);
  let o = 0;
  let group = 0; // characters of the current 4-character group
  let bits = 0;
  const flush = (): void => {
    // a partial group at the end of a unit: 2 characters hold 1 byte, 3 hold 2 (1 holds none)
    if (group === 2) out[o++] = (bits >>> 4) & 0xff;
    else if (group === 3) {
      out[o++] = (bits >>> 10) & 0xff;
      out[o++] = (bits >>> 2) & 0xff;
    }
    group = 0;
    bits = 0;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const v = BASE64_VALUE[c]!;
    if (v < 0) {
      if (c === PAD) flush();
      continue;
    }
    bits = (bits << 6) | v;
    if (++group === 4) {
      out[o++] = (bits >>> 16) & 0xff;
      out[o++] = (bits >>> 8) & 0xff;
      out[o++] = bits & 0xff;
      group = 0;
      bits = 0;
    }
  }
  flush();
  return out.subarray(0, o);
}
