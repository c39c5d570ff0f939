/**
 * The body of a single-part text message (text/plain or text/html at the root, the most common shape of short
 * mail) decoded here exactly as postal-mime 4.0.0 decodes it, so that postal-mime is not run for it at all. Its
 * fixed cost per message (an awaited step per line, a Blob written and read back per part, its own header and
 * address parsing) was most of the parse time of such a message.
 *
 * postal-mime's path for such a message (postal-mime.js parse/collectNode/renderTextContent, mime-node.js
 * processHeaders/getTextContent): the root's body lines go to one decoder (pass-through, quoted-printable or
 * base64; body-bytes.ts mirrors each), the bytes are decoded with the Content-Type charset, and the text becomes
 * `text` (text/plain) or `html` (text/html), the other one staying empty; no attachments. Anything this module
 * does not model exactly (a multipart or other type, an attachment disposition, format=flowed, a charset outside
 * the short list below, a duplicated or unusual content field) returns null and postal-mime parses the message.
 */
import { CONTENT_TYPE, PARAM, PASS_THROUGH_CTE, BASE64_CTE, fields } from './mime-tree.js';
import { base64Bytes, passThroughBytes, quotedPrintableBytes } from './body-bytes.js';
import { headerEnd } from './lines.js';

export interface SinglePartText {
  text: string;
  html: string;
}

const QP_CTE = /^quoted-printable$/i;
const INLINE = /^inline$/i;

/**
 * Charset labels (as postal-mime's getDecoder sees them: trimmed, lower case) that are WHATWG Encoding Standard
 * labels, which postal-mime hands to `new TextDecoder(label)` as they are. An absent charset is utf8.
 */
const CHARSETS = new Set([
  'utf8',
  'utf-8',
  'us-ascii',
  'ascii',
  'iso-8859-1',
  'latin1',
  'windows-1252',
  'iso-8859-2',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
  'koi8-r',
  'shift_jis',
  'iso-2022-jp',
  'euc-jp',
  'gb2312',
  'gbk',
  'big5',
  'euc-kr',
  'ks_c_5601-1987',
]);
/** One decoder per label (module-level: reference objects, no message data). null: the runtime has no such decoder. */
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = null; // postal-mime would fall back to another label: left to it
    }
    decoders.set(label, d);
  }
  return d;
}

/**
 * The decoder postal-mime's getDecoder gives for a charset parameter (absent: utf8), or null when the label is
 * outside the short list above or the runtime lacks it (postal-mime would then try aliases: left to it).
 */
export function charsetDecoder(charset: string | undefined): TextDecoder | null {
  const label = (charset || 'utf8').trim().toLowerCase();
  return CHARSETS.has(label) ? decoderFor(label) : null;
}

/** Offset just after the empty line ending the header (lines cut as postal-mime's readLine cuts them), or the end. */
function bodyStart(raw: Uint8Array): number {
  const end = headerEnd(raw);
  return end < 0 ? raw.length : end;
}

/**
 * `raw` is CRLF-normalised and shorter than the maxHeadersSize postal-mime would get (so postal-mime could not
 * throw on it). Returns null when the message is not a single-part text message of the modelled shape.
 */
export function singlePartText(raw: Uint8Array): SinglePartText | null {
  const leaf = textLeaf(raw);
  if (leaf === null) return null;
  return leaf.html ? { text: '', html: leaf.text } : { text: leaf.text, html: '' };
}

/** A text/plain or text/html part (header and body, as postal-mime feeds its lines to one node) and its text. */
export interface TextLeaf {
  html: boolean;
  text: string;
}

/** The decoded text of a part of the modelled shape (see the module comment), or null. */
export function textLeaf(raw: Uint8Array): TextLeaf | null {
  const start = bodyStart(raw);
  const fs = fields(raw, 0, start);
  let type: string | null = null;
  let cte: string | null = null;
  let disposition: string | null = null;
  for (const [k, v] of fs) {
    if (k === 'content-type') {
      if (type !== null) return null;
      type = v;
    } else if (k === 'content-transfer-encoding') {
      if (cte !== null) return null;
      cte = v;
    } else if (k === 'content-disposition') {
      if (disposition !== null) return null;
      disposition = v;
    }
  }
  if (disposition !== null && !INLINE.test(disposition)) return null;
  let html = false;
  let charset = 'utf8';
  if (type !== null) {
    if (type.includes('(')) return null; // postal-mime strips comments first: left to it
    const m = CONTENT_TYPE.exec(type);
    if (!m || m[1]!.toLowerCase() !== 'text') return null;
    const sub = m[2]!.toLowerCase();
    if (sub !== 'plain' && sub !== 'html') return null;
    html = sub === 'html';
    const params = new Map<string, string>();
    for (const p of m[3]!.matchAll(PARAM)) {
      const name = p[1]!.toLowerCase();
      if (!params.has(name)) params.set(name, p[2] ?? p[3]!);
    }
    if (params.has('format')) return null; // format=flowed is unfolded by postal-mime: left to it
    charset = (params.get('charset') || 'utf8').trim().toLowerCase();
  }
  if (!CHARSETS.has(charset)) return null;
  const decoder = decoderFor(charset);
  if (decoder === null) return null;
  const body = raw.subarray(start);
  let bytes: Uint8Array;
  if (cte === null || PASS_THROUGH_CTE.test(cte)) bytes = passThroughBytes(body);
  else if (QP_CTE.test(cte)) bytes = quotedPrintableBytes(body);
  else if (BASE64_CTE.test(cte)) bytes = base64Bytes(body);
  else return null;
  return { html, text: decoder.decode(bytes) };
}
