/**
 * The images and PDFs of a message a QR code could be in: image and PDF parts (inline or attached; their bytes kept by
 * parse/mime/media-parts.ts) and `data:` images in the HTML body's <img src>. Each is sniffed from its bytes;
 * images too small to hold a QR code (tracking pixels, spacers, bullets) are dropped here so they cost nothing.
 */
import type { ParsedMessage } from '../model/message.js';
import type { HtmlSource } from '../text/html-source.js';
import { tokenizeHtml } from '../text/html-tokenizer.js';
import { base64ToBytes } from '../auth/dkim/bytes.js';
import { sniffMedia, type MediaInfo } from './image-format.js';

export interface MediaItem extends MediaInfo {
  bytes: Uint8Array;
  /** Where it is, for the report: the file name, `inline image` or `data: image`. */
  label: string;
}

/**
 * A version 1 QR code is 21 modules square plus a 4-module quiet zone on each side (ISO/IEC 18004 5.3.8): 29 modules.
 * Decoders need about two pixels per module, so an image narrower than this in either direction (banners, buttons,
 * spacers, tracking pixels) cannot show a code a phone or this scanner reads.
 */
export const MIN_QR_SIDE = 48;
/** data: images looked at in the HTML body (a limit on untrusted input; the scan budget applies after it). */
const MAX_DATA_IMAGES = 20;
const DATA_IMAGE = /^\s*data:image\/[a-z0-9.+-]+(?:;[^,;]*)*;base64,/i;

function dataImages(msg: ParsedMessage, html: HtmlSource | undefined, maxChars: number): Uint8Array[] {
  if (!msg.html.includes('data:image')) return [];
  const out: Uint8Array[] = [];
  const tokens = html?.html === msg.html ? html.tokens(maxChars) : tokenizeHtml(msg.html, maxChars);
  for (const tok of tokens) {
    if (out.length >= MAX_DATA_IMAGES) break;
    if (tok.type !== 'start' || tok.name !== 'img') continue;
    const src = tok.attrs.get('src') ?? '';
    const m = DATA_IMAGE.exec(src);
    if (!m) continue;
    const bytes = base64ToBytes(
      src.slice(m[0].length).replace(/[\s]+/g, '').replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '='),
    );
    if (bytes) out.push(bytes);
  }
  return out;
}

function tooSmall(i: MediaInfo): boolean {
  return i.width !== null && i.height !== null && (i.width < MIN_QR_SIDE || i.height < MIN_QR_SIDE);
}

/** In message order: MIME parts first, then data: images. Identical bytes are listed once. */
export function messageMedia(msg: ParsedMessage, html: HtmlSource | undefined, maxChars: number): MediaItem[] {
  const out: MediaItem[] = [];
  const seen = new Set<string>();
  const add = (bytes: Uint8Array, label: string) => {
    const info = sniffMedia(bytes);
    if (!info || tooSmall(info)) return;
    // Cheap identity: length plus head and tail bytes (the same logo attached twice, the same image inline and as data:).
    const key = `${bytes.length}:${bytes.subarray(0, 32).join(',')}:${bytes.subarray(-32).join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...info, bytes, label });
  };
  for (const a of msg.attachments) {
    if (a.content) add(a.content, a.filename ?? (a.inline ? 'inline image' : a.mimeType));
  }
  for (const bytes of dataImages(msg, html, maxChars)) add(bytes, 'data: image');
  return out;
}
