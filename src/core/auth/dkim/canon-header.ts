/** Header canonicalization (RFC 6376 section 3.4.1 simple, 3.4.2 relaxed) over binary strings. */
import { trimEndWspCrlf } from '../../text/trim.js';

export type Canon = 'simple' | 'relaxed';

/** Normalizes line ends to CRLF (messages stored with bare LF are treated as if they had CRLF). */
function toCrlf(s: string): string {
  return /(^|[^\r])\n/.test(s) ? s.replace(/\r?\n/g, '\r\n') : s;
}

/** 3.4.1 "simple": the field exactly as written (with CRLF line ends). */
export function canonHeaderSimple(raw: string): string {
  return toCrlf(raw);
}

/**
 * 3.4.2 "relaxed": lower-case the name, unfold, reduce WSP runs to one SP, delete WSP at the end of the
 * value and around the colon; ends with CRLF.
 */
export function canonHeaderRelaxed(raw: string): string {
  const colon = raw.indexOf(':');
  const name = trimEndWspCrlf(colon < 0 ? raw : raw.slice(0, colon)).toLowerCase();
  const value = colon < 0 ? '' : raw.slice(colon + 1);
  // Not String.prototype.trim: it would also strip U+00A0, which is an octet of UTF-8 text here.
  const v = value
    .replace(/\r?\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
  return `${name}:${v}\r\n`;
}

export function canonHeader(raw: string, canon: Canon): string {
  return canon === 'relaxed' ? canonHeaderRelaxed(raw) : canonHeaderSimple(raw);
}

/**
 * RFC 6376 3.5 b=: the signature header is hashed with the value of its b= tag deleted (the tag name and
 * "=" kept, everything up to the next ";" or the end removed). Other tags, including bh=, are untouched.
 */
export function stripSignatureValue(raw: string): string {
  const colon = raw.indexOf(':');
  if (colon < 0) return raw;
  let pos = colon + 1;
  while (pos <= raw.length) {
    const semi = raw.indexOf(';', pos);
    const end = semi < 0 ? raw.length : semi;
    const seg = raw.slice(pos, end);
    const m = /^[ \t\r\n]*b[ \t\r\n]*=/.exec(seg);
    if (m) {
      // Keep a trailing line end of the field itself (simple canonicalization needs the field's CRLF).
      const tail = semi < 0 ? (/\r?\n$/.exec(seg)?.[0] ?? '') : '';
      return raw.slice(0, pos + m[0].length) + tail + raw.slice(end);
    }
    if (semi < 0) break;
    pos = semi + 1;
  }
  return raw;
}

/** Removes the final CRLF: the signature header is hashed without its trailing line end (RFC 6376 3.7). */
export function withoutFinalCrlf(s: string): string {
  return s.endsWith('\r\n') ? s.slice(0, -2) : s;
}
