/**
 * Splits the header section of a CRLF-normalized message into fields (RFC 5322 section 2.2), keeping each
 * field's exact bytes (for DKIM/ARC canonicalization, RFC 6376 3.4) and an unfolded value (2.2.3). Limits on
 * bytes and field count are explicit; hitting one adds a warning and stops, never throws.
 */
import type { HeaderField } from '../../model/message.js';
import { trimEndWsp } from '../../text/trim.js';

export interface HeaderSection {
  headers: HeaderField[];
  /** Offset of the first body byte (after the empty line), or raw.length when there is no body. */
  bodyOffset: number;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One char per byte. TextDecoder's `latin1` label is windows-1252 (0x80-0x9F become other code points), so its
 * output is used only when it has no character above U+00FF, which makes it identical to the loop below.
 */
const win1252 = new TextDecoder('latin1');
function latin1(bytes: Uint8Array, start: number, end: number): string {
  const fast = win1252.decode(bytes.subarray(start, end));
  if (!/[\u0100-\uffff]/.test(fast)) return fast;
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return s;
}

/** Header values with 8-bit bytes: UTF-8 when valid (RFC 6532), else one char per byte. */
function textOf(raw: string): string {
  if (!/[\x80-\xff]/.test(raw)) return raw;
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return raw;
  }
}

/** RFC 5322 3.6.8 field-name = 1*ftext, ftext = %d33-57 / %d59-126. */
function isFieldName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 33 || c > 126 || c === 58) return false;
  }
  return name.length > 0;
}

/** Finds the end of the header section: index of the CRLF CRLF (or CRLF at offset 0). */
function findHeaderEnd(raw: Uint8Array): number {
  if (raw[0] === 13 && raw[1] === 10) return 0;
  // From CR to CR with native indexOf (the header section is read once per line, not once per byte).
  for (let i = raw.indexOf(13); i >= 0 && i + 3 < raw.length; i = raw.indexOf(13, i + 1)) {
    if (raw[i + 1] === 10 && raw[i + 2] === 13 && raw[i + 3] === 10) return i + 2;
  }
  return -1;
}

export function splitHeaderSection(raw: Uint8Array, limits: { maxHeaderBytes: number; maxHeaders: number }): HeaderSection {
  const warnings: string[] = [];
  const end = findHeaderEnd(raw);
  const headerEnd = end < 0 ? raw.length : end;
  const bodyOffset = end < 0 ? raw.length : end + 2;
  if (end < 0) warnings.push('headers: no empty line ends the header section (no body)');
  const maxBytes = Math.max(0, limits.maxHeaderBytes | 0);
  const maxHeaders = Math.max(0, limits.maxHeaders | 0);
  let parseEnd = headerEnd;
  if (headerEnd > maxBytes) {
    warnings.push(`header-limit: header section is ${headerEnd} bytes, only the first ${maxBytes} parsed`);
    parseEnd = maxBytes;
  }
  const text = latin1(raw, 0, parseEnd);
  const headers: HeaderField[] = [];
  // Each field: a line starting with a non-WSP char, plus continuation lines starting with SP/HT.
  // Lines keep their CRLF (a field's `raw` must be its exact bytes); split by indexOf, not a lookbehind regex.
  const lines: string[] = [];
  for (let pos = 0; pos < text.length;) {
    const nl = text.indexOf('\r\n', pos);
    const next = nl < 0 ? text.length : nl + 2;
    lines.push(text.slice(pos, next));
    pos = next;
  }
  let curRaw: string | null = null;
  const finish = () => {
    if (curRaw === null) return;
    const colon = curRaw.indexOf(':');
    const name = trimEndWsp(curRaw.slice(0, colon)); // obs-fields allow WSP before the colon (4.5.2)
    // A field of one line (most): its only CRLF ends it, nothing to unfold.
    const oneLine = curRaw.indexOf('\r\n') === curRaw.length - 2;
    const unfolded = oneLine
      ? curRaw.slice(colon + 1, curRaw.length - 2)
      : curRaw
          .slice(colon + 1)
          .replace(/\r\n(?=[ \t])/g, '')
          .replace(/\r\n$/, '');
    headers.push({ name, key: name.toLowerCase(), value: textOf(trimEndWsp(unfolded.replace(/^[ \t]+/, ''))), raw: curRaw });
    curRaw = null;
  };
  let dropped = 0;
  for (const line of lines) {
    if (line === '') continue;
    if ((line[0] === ' ' || line[0] === '\t') && curRaw !== null) {
      curRaw += line;
      continue;
    }
    finish();
    const colon = line.indexOf(':');
    if (colon <= 0 || !isFieldName(trimEndWsp(line.slice(0, colon)))) {
      dropped++;
      continue;
    }
    if (headers.length >= maxHeaders) {
      warnings.push(`header-limit: more than ${maxHeaders} header fields, the rest ignored`);
      curRaw = null;
      break;
    }
    curRaw = line;
  }
  finish();
  if (dropped) warnings.push(`headers: ${dropped} malformed header line(s) skipped`);
  return { headers, bodyOffset, warnings };
}
