/**
 * Node's image decoding for the QR scanner: pngjs (PNG, any bit depth, palette, interlace), jpeg-js (baseline and
 * progressive JPEG, with its own resolution and memory caps) and omggif (first GIF frame). WebP has no maintained
 * pure-JS decoder: it is reported as unsupported here (the extension decodes it with the browser). PDF image
 * streams are inflated by the same shared inflate (DecompressionStream) the core and the extension use.
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import omggif from 'omggif';
import type { QrDecoder } from '../../core/media/qr-types.js';
import { createQrDecoder, type Raster, type RasterPlatform } from '../shared/qr/qr-scanner.js';
import { inflate } from '../shared/inflate.js';

function png(bytes: Uint8Array): Raster {
  const img = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength), width: img.width, height: img.height };
}

function jpg(bytes: Uint8Array, maxPixels: number): Raster {
  const img = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: true,
    maxResolutionInMP: Math.max(1, maxPixels / 1_000_000),
    // jpeg-js keeps component planes and the RGBA output: about 24 bytes per pixel at most.
    maxMemoryUsageInMB: Math.max(128, Math.ceil((maxPixels * 24) / (1024 * 1024))),
  });
  return { data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength), width: img.width, height: img.height };
}

function gif(bytes: Uint8Array): Raster {
  const reader = new omggif.GifReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const data = new Uint8ClampedArray(reader.width * reader.height * 4).fill(255);
  reader.decodeAndBlitFrameRGBA(0, data as unknown as Uint8Array);
  return { data, width: reader.width, height: reader.height };
}

export const nodeRasterPlatform: RasterPlatform = {
  // Measured with scripts/bench/qr.ts's images on a shared 2-core machine (jpeg-js ~190, pngjs ~30-45, omggif ~11
  // ns per pixel of CPU time), halved for an unloaded one: an estimate to keep one decode from overrunning the deadline.
  decodeNsPerPixel: { jpeg: 100, png: 25, gif: 10 },
  decode(bytes, format, maxPixels) {
    if (format === 'png') return Promise.resolve(png(bytes));
    if (format === 'jpeg') return Promise.resolve(jpg(bytes, maxPixels));
    if (format === 'gif') return Promise.resolve(gif(bytes));
    return Promise.resolve(null);
  },
  inflate,
};

/** The decoder the CLI injects (AnalyzeDeps.findQrCodes). */
export function createNodeQrDecoder(now: () => number): QrDecoder {
  return createQrDecoder(nodeRasterPlatform, now);
}
