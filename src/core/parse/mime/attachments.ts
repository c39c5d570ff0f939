/**
 * Turns postal-mime attachments into the serialisable Attachment records. Decoded binary is not kept: only its
 * size, and the text of small HTML/SVG attachments (credential-phishing forms are often sent as .html files).
 */
import type { Attachment } from '../../model/message.js';
import { isMediaPart, mediaBytes } from './media-parts.js';

export const MAX_ATTACHMENT_TEXT_BYTES = 256 * 1024;
export const MAX_ATTACHMENTS = 500;
const TEXT_EXT = /\.(?:html?|shtml|svg)$/i;
const TEXT_TYPES = new Set(['text/html', 'image/svg+xml']);

export interface RawAttachment {
  filename: string | null;
  mimeType: string;
  content: ArrayBuffer | Uint8Array | string;
  /** Content-ID or inline disposition (postal-mime `related` / `disposition`). */
  inline?: boolean;
}

function byteLength(c: RawAttachment['content']): number {
  return typeof c === 'string' ? c.length : c.byteLength;
}

export function toAttachment(a: RawAttachment): Attachment {
  const size = byteLength(a.content);
  const mimeType = (a.mimeType || 'application/octet-stream').toLowerCase();
  const wantsText = a.filename ? TEXT_EXT.test(a.filename) : TEXT_TYPES.has(mimeType);
  let text: string | null = null;
  if (wantsText && size <= MAX_ATTACHMENT_TEXT_BYTES) {
    text = typeof a.content === 'string' ? a.content : new TextDecoder('utf-8').decode(a.content);
  }
  const out: Attachment = { filename: a.filename, mimeType, size, text };
  if (isMediaPart(a.filename, mimeType)) {
    const content = mediaBytes(a.content);
    if (content) out.content = content;
    if (a.inline) out.inline = true;
  }
  return out;
}
