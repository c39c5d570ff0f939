/**
 * Splits the header section of a raw message into fields with their exact bytes (RFC 5322 2.2, 2.2.3),
 * for DKIM/ARC header canonicalization. Accepts CRLF and bare-LF line ends. Never throws.
 */
import type { HeaderField } from '../../model/message.js';
import { DEFAULT_LIMITS } from '../../deps.js';
import { bytesToBinary } from './bytes.js';
import { trimEndWsp } from '../../text/trim.js';

/** A header field as DKIM needs it: `raw` is the exact field (name, colon, value, folding and line end). */
export interface RawHeader {
  /** Lower-cased field name. */
  key: string;
  raw: string;
}

export interface SplitMessage {
  headers: RawHeader[];
  bodyOffset: number;
  /** True when a limit cut the header section short. */
  truncated: boolean;
}

const LF = 0x0a;

/** Finds the blank line ending the header section; returns the body offset (raw.length when there is none). */
export function findBodyOffset(raw: Uint8Array, maxBytes: number): number {
  let lineStart = 0;
  const stop = Math.min(raw.length, maxBytes);
  while (lineStart < stop) {
    const lf = raw.indexOf(LF, lineStart);
    if (lf < 0) return raw.length;
    const len = lf - lineStart;
    if (len === 0 || (len === 1 && raw[lineStart] === 0x0d)) return lf + 1;
    lineStart = lf + 1;
  }
  return raw.length;
}

export function splitHeaders(raw: Uint8Array, limits: { maxHeaders?: number; maxHeaderBytes?: number } = {}): SplitMessage {
  const maxHeaders = limits.maxHeaders ?? DEFAULT_LIMITS.maxHeaders;
  const maxBytes = limits.maxHeaderBytes ?? DEFAULT_LIMITS.maxHeaderBytes;
  const bodyOffset = findBodyOffset(raw, maxBytes);
  let end = bodyOffset;
  // Exclude the blank separator line itself from the header text.
  if (end > 0 && raw[end - 1] === LF) {
    end -= 1;
    if (end > 0 && raw[end - 1] === 0x0d) end -= 1;
  }
  let truncated = false;
  if (end > maxBytes) {
    end = maxBytes;
    truncated = true;
  }
  const text = bytesToBinary(raw, 0, end);
  const headers: RawHeader[] = [];
  let pos = 0;
  while (pos < text.length) {
    // A field runs until a line end not followed by WSP (unfolding, RFC 5322 2.2.3).
    let fieldEnd = pos;
    for (;;) {
      const lf = text.indexOf('\n', fieldEnd);
      if (lf < 0) {
        fieldEnd = text.length;
        break;
      }
      fieldEnd = lf + 1;
      const next = text.charCodeAt(fieldEnd);
      if (next !== 0x20 && next !== 0x09) break;
    }
    const field = text.slice(pos, fieldEnd);
    pos = fieldEnd;
    const colon = field.indexOf(':');
    if (colon <= 0) continue; // not a header field (garbage line or leading continuation): ignored
    if (headers.length >= maxHeaders) {
      truncated = true;
      break;
    }
    // The last field may lack its line end (the separator was cut off above): restore CRLF.
    const rawField = field.endsWith('\n') ? field : `${field}\r\n`;
    headers.push({ key: trimEndWsp(field.slice(0, colon)).toLowerCase(), raw: rawField });
  }
  return { headers, bodyOffset, truncated };
}

/** Adapts parsed HeaderFields (from the MIME parser) to RawHeaders. */
export function fromHeaderFields(fields: readonly HeaderField[]): RawHeader[] {
  return fields.map((f) => ({ key: f.key, raw: f.raw }));
}
