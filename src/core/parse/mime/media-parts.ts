/**
 * Which MIME parts keep their decoded bytes in the parsed message: images and PDFs, the containers a QR code is
 * sent in (media/scan-qr.ts decodes them within the message's budgets). Everything else keeps only its size. The
 * bytes are postal-mime's own buffer, not a copy; parts above MAX_MEDIA_BYTES are not kept at all.
 */

/** Largest image or PDF part kept (a limit on untrusted input; the QR scan has its own, smaller, byte limit). */
export const MAX_MEDIA_BYTES = 32 * 1024 * 1024;

const MEDIA_TYPE = /^(?:image\/|application\/pdf$|application\/x-pdf$)/;
const MEDIA_EXT = /\.(?:png|jpe?g|jfif|gif|webp|pdf)$/i;
/** Senders label attachments generically; the name then says what it is. */
const GENERIC_TYPE = /^application\/(?:octet-stream|download|force-download|x-download|binary)$/;

export function isMediaPart(filename: string | null, mimeType: string): boolean {
  return MEDIA_TYPE.test(mimeType) || (GENERIC_TYPE.test(mimeType) && MEDIA_EXT.test(filename ?? ''));
}

export function mediaBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array | undefined {
  if (typeof content === 'string') return undefined;
  if (content.byteLength > MAX_MEDIA_BYTES) return undefined;
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
