/**
 * RFC 2047 encoded-word decoding (`=?charset?B|Q?text?=`) for unstructured text and phrases. Adjacent encoded
 * words separated only by linear whitespace are joined (RFC 2047 section 6.2) and, when they share a charset,
 * decoded together so multi-byte characters split across words survive. An unknown charset or broken
 * encoding keeps the raw word (section 6.3: display it as-is). Never throws.
 */

const ENCODED_WORD = /=\?([^?\s]{1,75})\?([BbQq])\?([^?\s]*)\?=/g;
const MAX_INPUT = 64 * 1024;

function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  if (clean.length % 4 === 1) return null;
  try {
    const bin = atob(padded);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** RFC 2047 4.2 "Q": `_` is space, `=XX` a hex octet; other characters are themselves. */
function qBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '_') out.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

export function decoderFor(charset: string): TextDecoder | null {
  // RFC 2231 section 5: `charset*language`.
  const label = charset.split('*')[0]!.trim().toLowerCase();
  try {
    return new TextDecoder(label === 'utf8' ? 'utf-8' : label);
  } catch {
    return null;
  }
}

interface Word {
  start: number;
  end: number;
  charset: string;
  bytes: Uint8Array | null;
  raw: string;
}

function flush(group: Word[], out: string[]): void {
  if (group.length === 0) return;
  const dec = decoderFor(group[0]!.charset);
  const total = group.reduce((n, w) => n + (w.bytes?.length ?? 0), 0);
  if (dec === null || group.some((w) => w.bytes === null)) {
    out.push(group.map((w) => w.raw).join(''));
    return;
  }
  const buf = new Uint8Array(total);
  let at = 0;
  for (const w of group) {
    buf.set(w.bytes!, at);
    at += w.bytes!.length;
  }
  out.push(dec.decode(buf));
}

export function decodeEncodedWords(input: string): string {
  if (!input.includes('=?')) return input;
  const s = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const words: Word[] = [];
  for (const m of s.matchAll(ENCODED_WORD)) {
    const enc = m[2]!.toUpperCase();
    const bytes = enc === 'B' ? base64Bytes(m[3]!) : qBytes(m[3]!);
    words.push({ start: m.index, end: m.index + m[0].length, charset: m[1]!.toLowerCase(), bytes, raw: m[0] });
  }
  if (words.length === 0) return s;
  const out: string[] = [];
  let pos = 0;
  let group: Word[] = [];
  for (const w of words) {
    const gap = s.slice(pos, w.start);
    const adjacent = group.length > 0 && /^[ \t\r\n]*$/.test(gap);
    if (adjacent && w.charset === group[0]!.charset) {
      group.push(w);
    } else {
      flush(group, out);
      group = [w];
      if (!adjacent) out.push(gap); // whitespace between adjacent encoded words is dropped (6.2)
    }
    pos = w.end;
  }
  flush(group, out);
  out.push(s.slice(pos));
  return out.join('');
}
