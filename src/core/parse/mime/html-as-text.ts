/**
 * postal-mime 4.0.0's conversion of HTML to plain text (text-format.js htmlToText), which it applies to a text/html
 * part that has no text/plain counterpart when the message also has plain text (renderTextContent). That function
 * is not exported and is long (tags, blocks, links, lists, entities), so instead of copying it, postal-mime itself
 * is run on the smallest message that makes it convert exactly this HTML: a multipart/mixed of an empty text/plain
 * part and a text/html part holding the HTML (UTF-8 behind a BOM, which postal-mime's decoder strips, so the text
 * comes back exactly, leading U+FEFF included). Its text is then "" + "\n" + the converted HTML.
 *
 * Used by multipart-bodies.ts for the "HTML body plus a plain footer part" shape (honeypot notes, list footers):
 * one short parse instead of postal-mime parsing the whole message with its attachments.
 */
import PostalMime from 'postal-mime';
import { base64Length, writeBase64 } from './body-bytes.js';

const encoder = new TextEncoder();
const HEAD = encoder.encode(
  'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n--b\r\n' +
    'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n',
);
const TAIL = encoder.encode('\r\n--b--\r\n');

export async function htmlAsText(html: string): Promise<string> {
  const bytes = encoder.encode('\ufeff' + html);
  const message = new Uint8Array(HEAD.length + base64Length(bytes.length) + TAIL.length);
  message.set(HEAD);
  const o = writeBase64(bytes, message, HEAD.length);
  message.set(TAIL, o);
  const email = await PostalMime.parse(message, { attachmentEncoding: 'arraybuffer' });
  const text = email.text ?? '';
  if (text[0] !== '\n' || email.attachments.length > 0) throw new Error('html-as-text: unexpected postal-mime output'); // cannot happen
  return text.slice(1);
}
