/**
 * Turns postal-mime attachments into the serialisable Attachment records. Decoded binary is not kept: only its
 * size, and the text of small HTML/SVG attachments (credential-phishing forms are often sent as .html files).
 */
import type { Attachment } from '../../model/message.js';
import { isMediaPart, mediaBytes } from './media-parts.js';

export const MAX_ATTACHMENT_TEXT_BYTES = 256 * 1024;
export const MAX_ATTACHMENTS = 500;
const TEXT_EXT = /\.(?:s?html?|xht(?:ml)?|svg)$/i;
const TEXT_TYPES = new Set(['text/html', 'image/svg+xml', 'application/xhtml+xml']);

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

/** Byte caps for attachments whose bytes are kept for a later reader (0 keeps none). */
export interface KeepBytes {
  /** PDF attachments (link annotations, parse/pdf). */
  pdf: number;
  /** Attached messages (message/rfc822, .eml), analysed recursively (pipeline/attached-messages.ts). */
  message: number;
}

const PDF_EXT = /\.pdf$/i;
const MESSAGE_EXT = /\.eml$/i;

/** Which kept-bytes reader an attachment is for, by type or file name. */
export function attachmentKind(filename: string | null, mimeType: string): 'pdf' | 'message' | null {
  if (mimeType === 'application/pdf' || PDF_EXT.test(filename ?? '')) return 'pdf';
  if (mimeType === 'message/rfc822' || mimeType === 'message/global' || MESSAGE_EXT.test(filename ?? '')) return 'message';
  return null;
}

function bytesOf(c: RawAttachment['content']): Uint8Array {
  return typeof c === 'string' ? new TextEncoder().encode(c) : c instanceof Uint8Array ? c : new Uint8Array(c);
}

export function toAttachment(a: RawAttachment, keep: KeepBytes = { pdf: 0, message: 0 }): Attachment {
  const size = byteLength(a.content);
  const mimeType = (a.mimeType || 'application/octet-stream').toLowerCase();
  const wantsText = (a.filename !== null && TEXT_EXT.test(a.filename)) || TEXT_TYPES.has(mimeType);
  let text: string | null = null;
  if (wantsText && size <= MAX_ATTACHMENT_TEXT_BYTES) {
    text = typeof a.content === 'string' ? a.content : new TextDecoder('utf-8').decode(a.content);
  }
  const out: Attachment = { filename: a.filename, mimeType, size, text };
  const kind = attachmentKind(a.filename, mimeType);
  const cap = kind === null ? 0 : keep[kind];
  // Bytes kept for the PDF-link and attached-message readers (their own caps), else for the QR decoder (images, PDFs).
  if (kind !== null && size > 0 && size <= cap) out.content = bytesOf(a.content);
  else if (isMediaPart(a.filename, mimeType)) {
    const content = mediaBytes(a.content);
    if (content) out.content = content;
  }
  if (a.inline && isMediaPart(a.filename, mimeType)) out.inline = true;
  return out;
}
