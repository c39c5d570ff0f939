/**
 * The text, HTML and attachments of a message of any part structure (multipart/mixed, related, nested multiparts,
 * attachments, inline images, a single non-text part) decoded here exactly as postal-mime 4.0.0 decodes them, so
 * that postal-mime is not run for it. postal-mime writes every part's body into a Blob and reads it back, and
 * decodes base64 through strings; here each body is decoded once from the message bytes (body-bytes.ts).
 *
 * postal-mime's path (postal-mime.js collectNode, collectAttachment, renderTextContent, isInlineTextNode): the part
 * tree (part-tree.ts) is walked in document order. A text/plain or text/html leaf without an `attachment`
 * disposition is text, filed under its closest multipart/alternative ancestor (else itself); every other leaf is
 * an attachment: file name from the disposition's `filename` or the type's `name` (RFC 2047 words decoded), its
 * type, its decoded bytes (text/calendar and application/ics: their text with LF line ends and one final LF), and
 * `related` when it sits in a multipart/related and has a Content-ID. `text` is every filed text/plain joined with
 * "\n", `html` every text/html; when the message has both kinds, a filed entry without text/plain gives its HTML
 * converted to text (html-as-text.ts) and one without text/html its text converted to HTML (plain-as-html.ts).
 *
 * Left to postal-mime (null): what part-tree.ts or part-fields.ts does not model, a message/rfc822 part it would
 * parse inline (its text is rendered as a header block) and a charset outside charset-decoder.ts's list.
 */
import { decodeWords } from 'postal-mime';
import { partTree, type Part } from './part-tree.js';
import { base64Bytes, passThroughBytes, quotedPrintableBytes } from './body-bytes.js';
import { charsetDecoder } from './charset-decoder.js';
import { unfoldFlowed } from './flowed-text.js';
import { plainAsHtml } from './plain-as-html.js';
import { htmlAsText } from './html-as-text.js';

export interface DecodedAttachment {
  filename: string | null;
  mimeType: string;
  content: Uint8Array;
  /** postal-mime's `related === true || disposition === 'inline'`. */
  inline: boolean;
}

export interface MultipartBodies {
  text: string;
  html: string;
  attachments: DecodedAttachment[];
}

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
const REPORT_TYPES = new Set(['message/delivery-status', 'message/feedback-report']);

/** A leaf's body bytes after its transfer encoding (postal-mime's content decoder output). */
function bodyBytes(raw: Uint8Array, part: Part): Uint8Array {
  if (part.bodyStart < 0) return EMPTY;
  const body = raw.subarray(part.bodyStart, part.bodyEnd);
  const encoding = part.fields!.encoding;
  if (encoding === 'base64') return base64Bytes(body);
  if (encoding === 'quoted-printable') return quotedPrintableBytes(body);
  return passThroughBytes(body);
}

/** postal-mime's getTextContent, or null when it is not modelled (charset outside the list, format=flowed). */
function textContent(raw: Uint8Array, part: Part): string | null {
  const params = part.type.params;
  const decoder = charsetDecoder(params.get('charset'));
  if (decoder === null) return null;
  const text = decoder.decode(bodyBytes(raw, part));
  return /^flowed$/i.test(params.get('format') ?? '') ? unfoldFlowed(text, /^yes$/i.test(params.get('delsp') ?? '')) : text;
}

/** A calendar part's content as postal-mime stores it: LF line ends, exactly one final LF, UTF-8. */
function calendarBytes(text: string): Uint8Array {
  const unix = text.replace(/\r?\n/g, '\n');
  let end = unix.length;
  while (end > 0 && unix.charCodeAt(end - 1) === 10) end--;
  return encoder.encode(unix.slice(0, end) + '\n');
}

/** Whether any leaf is a delivery-status or feedback report (postal-mime then keeps message/rfc822 parts as attachments). */
function hasReportPart(part: Part): boolean {
  if (part.multipart === null && REPORT_TYPES.has(part.type.value)) return true;
  return part.children.some(hasReportPart);
}

interface Filed {
  plain?: string[];
  html?: string[];
}

/**
 * `raw` is CRLF-normalised; `maxNestingDepth` and `maxHeadersSize` are the limits postal-mime would get. Returns
 * null when the message is outside the modelled shapes (see the module comment) or postal-mime would throw on it.
 */
export async function multipartBodies(raw: Uint8Array, maxNestingDepth: number, maxHeadersSize: number): Promise<MultipartBodies | null> {
  const root = partTree(raw, maxNestingDepth, maxHeadersSize);
  if (root === null) return null;
  const rfc822AsAttachment = hasReportPart(root);
  const filed = new Map<Part, Filed>();
  const kinds = new Set<'plain' | 'html'>();
  const attachments: DecodedAttachment[] = [];
  const collect = (part: Part, alternative: Part | null, related: boolean): boolean => {
    if (part.multipart === null) {
      const type = part.type.value;
      const fields = part.fields!;
      const disposition = fields.disposition.value;
      if (type === 'message/rfc822' && !rfc822AsAttachment && (disposition || 'inline') === 'inline') return false;
      if (disposition !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
        const text = textContent(raw, part);
        if (text === null) return false;
        const kind = type === 'text/html' ? 'html' : 'plain';
        const key = alternative ?? part;
        let entry = filed.get(key);
        if (entry === undefined) filed.set(key, (entry = {}));
        (entry[kind] ??= []).push(text);
        kinds.add(kind);
        return true;
      }
      let content: Uint8Array;
      if (type === 'text/calendar' || type === 'application/ics') {
        const text = textContent(raw, part);
        if (text === null) return false;
        content = calendarBytes(text);
      } else content = bodyBytes(raw, part);
      const filename = fields.disposition.params.get('filename') || part.type.params.get('name') || null;
      attachments.push({
        filename: filename ? decodeWords(filename) : null,
        mimeType: type,
        content,
        inline: (related && fields.contentId !== '') || disposition === 'inline',
      });
      return true;
    }
    if (part.multipart === 'alternative') alternative = part;
    else if (part.multipart === 'related') related = true;
    return part.children.every((child) => collect(child, alternative, related));
  };
  if (!collect(root, null, false)) return null;
  const plain: string[] = [];
  const html: string[] = [];
  for (const entry of filed.values()) {
    if (entry.plain) plain.push(...entry.plain);
    else if (kinds.has('plain')) for (const h of entry.html!) plain.push(await htmlAsText(h));
    if (entry.html) html.push(...entry.html);
    else if (kinds.has('html')) html.push(...entry.plain!.map(plainAsHtml));
  }
  return { text: plain.join('\n'), html: html.join('\n'), attachments };
}
