/**
 * A cheap body text for near-duplicate detection (MinHash), independent of the core's parser: text/plain and
 * text/html leaves of the MIME tree, transfer encoding and charset decoded, tags removed. It only has to be
 * consistent between copies of one message, not a faithful rendering. Every walk is bounded.
 */

const MAX_DEPTH = 8;
const MAX_PARTS = 50;
/** Characters of text kept per message (plenty for a similarity signature). */
export const MAX_BODY_TEXT = 16 * 1024;

/** Encoded bytes of one text part looked at (the rest of a huge part adds nothing to a similarity signature). */
const MAX_PART_BYTES = 96 * 1024;

const latin1 = new TextDecoder('latin1');

interface Part {
  header: string;
  body: Uint8Array;
}

function splitHeader(raw: Uint8Array): Part {
  // The first empty line (LF LF or CRLF CRLF) ends the header (RFC 5322 2.1).
  for (let i = raw.indexOf(10); i >= 0 && i < raw.length - 1; i = raw.indexOf(10, i + 1)) {
    if (raw[i + 1] === 10) return { header: latin1.decode(raw.subarray(0, i)), body: raw.subarray(i + 2) };
    if (raw[i + 1] === 13 && raw[i + 2] === 10) return { header: latin1.decode(raw.subarray(0, i)), body: raw.subarray(i + 3) };
  }
  return { header: latin1.decode(raw), body: new Uint8Array(0) };
}

/** Compiled once per name (a handful of fixed names). */
const fieldRes = new Map<string, RegExp>();
const paramRes = new Map<string, RegExp>();

function field(header: string, name: string): string {
  let re = fieldRes.get(name);
  if (!re) fieldRes.set(name, (re = new RegExp(`^${name}:[ \\t]*([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im')));
  const m = re.exec(header);
  return m
    ? m[1]!
        .replace(/\r?\n[ \t]+/g, ' ')
        .replace(/\r/g, '')
        .trim()
    : '';
}

function param(value: string, name: string): string | null {
  let re = paramRes.get(name);
  if (!re) paramRes.set(name, (re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')));
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first!, from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Parts between `--boundary` lines (RFC 2046 5.1.1); the preamble and epilogue are dropped. */
function splitMultipart(body: Uint8Array, boundary: string): Uint8Array[] {
  const delim = new TextEncoder().encode(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let pos = indexOfBytes(body, delim, 0);
  while (pos >= 0 && parts.length < MAX_PARTS) {
    let start = pos + delim.length;
    if (body[start] === 45 && body[start + 1] === 45) break; // closing delimiter
    const eol = body.indexOf(10, start);
    if (eol < 0) break;
    start = eol + 1;
    const next = indexOfBytes(body, delim, start);
    const end = next < 0 ? body.length : next;
    parts.push(body.subarray(start, end));
    pos = next;
  }
  return parts;
}

function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const hex = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c !== 61) {
      out[n++] = c;
      continue;
    }
    if (bytes[i + 1] === 10) {
      i += 1;
      continue;
    } // soft line break
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) {
      i += 2;
      continue;
    }
    const h = hex(bytes[i + 1] ?? 0);
    const l = hex(bytes[i + 2] ?? 0);
    if (h >= 0 && l >= 0) {
      out[n++] = h * 16 + l;
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

function decodeText(bytes: Uint8Array, cte: string, charset: string | null): string {
  const enc = cte.toLowerCase();
  let data = bytes;
  if (enc === 'base64') data = Buffer.from(latin1.decode(bytes).replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  else if (enc === 'quoted-printable') data = decodeQuotedPrintable(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(data);
  } catch {
    return new TextDecoder('utf-8').decode(data); // unknown charset label
  }
}

function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&#(\d{1,6});/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)));
}

function walk(part: Part, depth: number, out: string[], budget: { chars: number }): void {
  if (budget.chars <= 0 || depth > MAX_DEPTH) return;
  const ctype = field(part.header, 'content-type') || 'text/plain';
  const type = ctype.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(ctype, 'boundary');
    if (!boundary) return;
    let parts = splitMultipart(part.body, boundary).map(splitHeader);
    // multipart/alternative: one rendering is enough; the plain one is the cheapest (RFC 2046 5.1.4).
    if (type === 'multipart/alternative') {
      const plain = parts.find((p) => /^text\/plain\b/i.test(field(p.header, 'content-type') || 'text/plain'));
      if (plain) parts = [plain];
    }
    for (const p of parts) walk(p, depth + 1, out, budget);
    return;
  }
  if (type !== 'text/plain' && type !== 'text/html') return;
  if (/^\s*attachment/i.test(field(part.header, 'content-disposition'))) return;
  let text = decodeText(part.body.subarray(0, MAX_PART_BYTES), field(part.header, 'content-transfer-encoding'), param(ctype, 'charset'));
  if (type === 'text/html') text = htmlToText(text);
  text = text.slice(0, budget.chars);
  budget.chars -= text.length;
  out.push(text);
}

/** The readable text of a raw message (plain and HTML parts together), at most MAX_BODY_TEXT characters. */
export function bodyText(raw: Uint8Array): string {
  const out: string[] = [];
  walk(splitHeader(raw), 0, out, { chars: MAX_BODY_TEXT });
  return out.join('\n');
}
