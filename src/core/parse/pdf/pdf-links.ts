/**
 * The web links of a PDF: the `/URI (…)` strings of its link annotations' URI actions (ISO 32000-1 12.6.4.7), read
 * from the file's objects and from its compressed object streams (`/Type /ObjStm`, 7.5.7, FlateDecode 7.4.4), which
 * the injected `inflate` opens. A small bounded reader, not a PDF parser: it finds the tokens where they are, so it
 * also reads damaged files, and never runs anything in the file. Encrypted files' strings are unreadable (7.6) and
 * said so. Every loop is bounded; never throws.
 */

import { pdfEncrypted, pdfStreams, pdfText } from './pdf-streams.js';

/** Inflates zlib data (RFC 1950), giving up past `maxBytes` (then returning what it has, or null on bad data). */
export type Inflate = (data: Uint8Array, maxBytes: number) => Promise<Uint8Array | null>;

export interface PdfLimits {
  /** Compressed object streams inflated. */
  maxStreams: number;
  /** Bytes inflated, all streams together. */
  maxInflatedBytes: number;
  /** URIs returned. */
  maxUris: number;
}

export interface PdfLinks {
  uris: string[];
  /** The file has an /Encrypt dictionary: its strings cannot be read. */
  encrypted: boolean;
  /** Compressed object streams that were present but not read (no inflate given, or a limit reached). */
  unreadStreams: number;
  notPdf: boolean;
}

/** Characters of one string read (a URI longer than this is cut). */
const MAX_STRING = 4096;
/** Characters before `stream` searched for the stream's dictionary. */
const MAX_DICT = 4096;
/** `/URI` tokens examined per text (a file repeating it cannot make the reader re-scan strings without end). */
const MAX_URI_TOKENS = 1000;
/** `stream` keywords examined per file. */
const MAX_STREAM_TOKENS = 5000;
/** ISO 32000-1 7.2.2 white-space characters. */
const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** 7.3.4.2 Table 3: escape sequences in literal strings. */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** A literal string `( … )` starting at `at` (7.3.4.2): escapes, balanced parentheses, octal codes. */
function literalString(t: string, at: number): string {
  let depth = 0;
  let out = '';
  const stop = Math.min(t.length, at + MAX_STRING * 2); // input read per string, escapes included
  for (let i = at; i < stop && out.length < MAX_STRING; i++) {
    const c = t[i]!;
    if (c === '\\') {
      const n = t[i + 1];
      if (n === undefined) break;
      const e = ESCAPES[n];
      if (e !== undefined) {
        out += e;
        i++;
        continue;
      }
      if (n >= '0' && n <= '7') {
        let j = i + 1;
        let code = '';
        while (j < t.length && code.length < 3 && t[j]! >= '0' && t[j]! <= '7') code += t[j++];
        out += String.fromCharCode(parseInt(code, 8) & 0xff);
        i = j - 1;
        continue;
      }
      if (n === '\r' || n === '\n') {
        i += n === '\r' && t[i + 2] === '\n' ? 2 : 1;
        continue;
      } // line continuation
      out += n;
      i++;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth === 1) continue;
    }
    if (c === ')') {
      depth--;
      if (depth === 0) break;
    }
    out += c;
  }
  return out;
}

/** A hexadecimal string `< … >` (7.3.4.3). */
function hexString(t: string, at: number): string {
  const span = t.slice(at + 1, at + 1 + MAX_STRING * 2); // bounded: no scan to the end of the file per token
  const end = span.indexOf('>');
  const hex = (end < 0 ? span : span.slice(0, end)).replace(/[^0-9a-f]/gi, '');
  let out = '';
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex[i]! + (hex[i + 1] ?? '0'), 16));
  return out;
}

/** Text strings (7.9.2.2) may be UTF-16BE with a BOM; URIs are ASCII (12.6.4.7) but some writers use UTF-16 anyway. */
function textOf(bytes: string): string {
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  return bytes;
}

/** Every `/URI <string>` in `t` (the `/S /URI` action-type names are skipped: no string follows them). */
function scanUris(t: string, into: Set<string>, max: number): void {
  let tokens = 0;
  for (let pos = t.indexOf('/URI'); pos >= 0 && into.size < max && tokens++ < MAX_URI_TOKENS; pos = t.indexOf('/URI', pos + 4)) {
    let i = pos + 4;
    while (i < t.length && WS.has(t.charCodeAt(i))) i++;
    let s: string | null = null;
    if (t[i] === '(') s = literalString(t, i);
    else if (t[i] === '<' && t[i + 1] !== '<') s = hexString(t, i);
    if (s === null) continue;
    const uri = textOf(s).trim();
    if (uri !== '') into.add(uri);
  }
}

/** Start and end offsets of each stream's data whose dictionary is a FlateDecode'd object stream. */
function objectStreams(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const { dict, start, end } of pdfStreams(t, MAX_STREAM_TOKENS, MAX_DICT))
    if (/\/Type\s{0,5}\/ObjStm/.test(dict) && dict.includes('/FlateDecode')) out.push([start, end]);
  return out;
}

export async function pdfLinks(bytes: Uint8Array, inflate: Inflate | null, limits: PdfLimits): Promise<PdfLinks> {
  const t = pdfText(bytes);
  const head = t.slice(0, 1024);
  const result: PdfLinks = { uris: [], encrypted: false, unreadStreams: 0, notPdf: !head.includes('%PDF-') };
  if (result.notPdf) return result;
  result.encrypted = pdfEncrypted(t);
  const uris = new Set<string>();
  scanUris(t, uris, limits.maxUris);
  const streams = objectStreams(t);
  let inflated = 0;
  let read = 0;
  for (const [start, end] of streams) {
    if (!inflate || read >= limits.maxStreams || inflated >= limits.maxInflatedBytes || uris.size >= limits.maxUris) {
      result.unreadStreams++;
      continue;
    }
    read++;
    const data = await inflate(bytes.subarray(start, end), limits.maxInflatedBytes - inflated);
    if (!data) continue;
    inflated += data.length;
    scanUris(pdfText(data), uris, limits.maxUris);
  }
  result.uris = [...uris];
  return result;
}
