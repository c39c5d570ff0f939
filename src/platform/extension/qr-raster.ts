/**
 * The extension's image decoding for the QR scanner: the browser decodes PNG, JPEG, GIF and WebP
 * (createImageBitmap), an OffscreenCanvas gives the RGBA pixels, DecompressionStream inflates PDF image streams
 * (the same shared inflate the core gets).
 * Works in Thunderbird's and Firefox's background pages and in Chrome's service worker (no DOM needed). Returns
 * undefined where these APIs are missing, so the report says QR codes were not checked instead of guessing.
 */
import type { QrDecoder } from '../../core/media/qr-types.js';
import { createQrDecoder, type Raster, type RasterPlatform } from '../shared/qr/qr-scanner.js';
import { inflate } from '../shared/inflate.js';

const TYPES = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' } as const;

async function decode(bytes: Uint8Array, format: keyof typeof TYPES, maxPixels: number): Promise<Raster | null> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: TYPES[format] }));
  try {
    const { width, height } = bitmap;
    if (width * height > maxPixels) throw new Error(`image of ${width}x${height} pixels above the budget`);
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0);
    return { data: ctx.getImageData(0, 0, width, height).data, width, height };
  } finally {
    bitmap.close();
  }
}

export function createBrowserQrDecoder(now: () => number): QrDecoder | undefined {
  const g = globalThis as { createImageBitmap?: unknown; OffscreenCanvas?: unknown; DecompressionStream?: unknown };
  if (typeof g.createImageBitmap !== 'function' || typeof g.OffscreenCanvas !== 'function' || typeof g.DecompressionStream !== 'function')
    return undefined;
  const platform: RasterPlatform = { decode, inflate };
  return createQrDecoder(platform, now);
}
