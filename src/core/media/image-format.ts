/**
 * Format and pixel size of an image or PDF from its first bytes, so the QR budget can refuse a huge image before
 * anything decodes it. Formats by their magic numbers: PNG (ISO/IEC 15948 5.2 signature, 11.2.2 IHDR), JPEG (ITU T.81
 * B.1.1.3 markers, B.2.2 frame header), GIF (GIF89a spec 18 logical screen descriptor), WebP (RIFF 'WEBP' with VP8,
 * VP8L or VP8X chunk), PDF (ISO 32000-1 7.5.2 header `%PDF-`, within the first 1024 bytes as readers accept).
 */
import type { MediaFormat } from './qr-types.js';

export interface MediaInfo {
  format: MediaFormat;
  /** Width and height in pixels, null when the header does not say (PDF) or could not be read. */
  width: number | null;
  height: number | null;
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 65536 + be16(b, i + 2);
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, i: number) => le16(b, i) + (b[i + 2] ?? 0) * 65536;

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((v, i) => b[at + i] === v);
}

/** JPEG markers scanned before giving up on the frame header (a limit on untrusted input). */
const MAX_JPEG_SEGMENTS = 256;

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  for (let n = 0; n < MAX_JPEG_SEGMENTS && i + 9 < b.length; n++) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    } // fill bytes (T.81 B.1.1.2)
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): frame header P, Y, X (T.81 B.2.2).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: be16(b, i + 5), width: be16(b, i + 7) };
    }
    if (marker === 0xda || marker === 0xd9) return null;
    i += 2 + be16(b, i + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8X') return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && startsWith(b, [0x9d, 0x01, 0x2a], 23)) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  return null;
}

function isPdf(b: Uint8Array): boolean {
  const head = b.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  return false;
}

/** Null when the bytes are none of the formats a QR code is looked for in. */
export function sniffMedia(b: Uint8Array): MediaInfo | null {
  const sized = (format: MediaFormat, s: { width: number; height: number } | null): MediaInfo => ({
    format,
    width: s?.width ?? null,
    height: s?.height ?? null,
  });
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return sized('png', startsWith(b, [0x49, 0x48, 0x44, 0x52], 12) ? { width: be32(b, 16), height: be32(b, 20) } : null);
  }
  if (startsWith(b, [0xff, 0xd8, 0xff])) return sized('jpeg', jpegSize(b));
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return sized('gif', b.length >= 10 ? { width: le16(b, 6), height: le16(b, 8) } : null);
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return sized('webp', webpSize(b));
  if (isPdf(b)) return { format: 'pdf', width: null, height: null };
  return null;
}
