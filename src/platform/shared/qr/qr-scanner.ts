/**
 * The QR decoder the core is given (core/media/qr-types.ts), over a platform's image decoder: PNG/JPEG/GIF/WebP are
 * rasterised by the platform (Node: pure-JS decoders; extension: createImageBitmap + OffscreenCanvas), PDFs are read
 * for their embedded images (pdf-images.ts), and every raster is searched with jsQR. Budgets from the request are
 * enforced here too: pixels per image and in total (checked from the header before decoding), PDF images, deadline.
 */
import jsQRImport from 'jsqr';
import type { MediaFormat, QrDecoder, QrScanRequest, QrScanResult } from '../../../core/media/qr-types.js';
import { sniffMedia } from '../../../core/media/image-format.js';
import { listPdfImages, rawToRgba, type PdfImage } from './pdf-images.js';

export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface RasterPlatform {
  /** RGBA pixels of an image, or null when this platform cannot decode the format. Throws on a corrupt image. */
  decode(bytes: Uint8Array, format: Exclude<MediaFormat, 'pdf'>, maxPixels: number): Promise<Raster | null>;
  /** zlib (RFC 1950) inflate, output capped at `maxBytes`; null when nothing could be inflated (shared/inflate.ts). */
  inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null>;
  /**
   * What decoding costs on this platform, in nanoseconds per pixel by format (measured, rounded up), when it is slow
   * enough to matter: an image whose decode and search would not end before the deadline is not started. Without it
   * only the deadline itself is checked (a native decoder takes milliseconds).
   */
  decodeNsPerPixel?: Partial<Record<Exclude<MediaFormat, 'pdf'>, number>>;
}

type JsQr = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'attemptBoth' },
) => { data: string } | null;
const jsQR: JsQr = typeof jsQRImport === 'function' ? (jsQRImport as JsQr) : (jsQRImport as { default: JsQr }).default;

/** Below this many pixels the inverted image (light code on dark ground) is tried too; above, time matters more. */
const INVERT_BELOW_PIXELS = 100_000;
/**
 * Larger rasters are averaged down (box filter, integer factor) to at most about this many pixels before the search:
 * a code meant to be scanned from a screen or a printout has modules of several pixels, which survive the halving,
 * and the search costs in proportion to pixels. A code with one- or two-pixel modules in a big picture can be missed.
 */
const SEARCH_MAX_PIXELS = 700_000;

function downscale(r: Raster): Raster {
  const f = Math.ceil(Math.sqrt((r.width * r.height) / SEARCH_MAX_PIXELS));
  if (f <= 1) return r;
  const w = Math.floor(r.width / f);
  const h = Math.floor(r.height / f);
  const out = new Uint8ClampedArray(w * h * 4);
  const n = f * f;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sr = 0,
        sg = 0,
        sb = 0;
      for (let dy = 0; dy < f; dy++) {
        let i = ((y * f + dy) * r.width + x * f) * 4;
        for (let dx = 0; dx < f; dx++, i += 4) {
          sr += r.data[i] ?? 0;
          sg += r.data[i + 1] ?? 0;
          sb += r.data[i + 2] ?? 0;
        }
      }
      const o = (y * w + x) * 4;
      out[o] = sr / n;
      out[o + 1] = sg / n;
      out[o + 2] = sb / n;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}

/** Transparent pixels over white, as a mail reader shows them (decoders leave them as transparent black). */
function flattenAlpha(d: Uint8ClampedArray): void {
  for (let i = 3; i < d.length; i += 4) {
    const a = d[i] ?? 255;
    if (a === 255) continue;
    const k = 255 - a;
    d[i - 3] = ((d[i - 3] ?? 0) * a) / 255 + k;
    d[i - 2] = ((d[i - 2] ?? 0) * a) / 255 + k;
    d[i - 1] = ((d[i - 1] ?? 0) * a) / 255 + k;
    d[i] = 255;
  }
}

export function findQrInRaster(raster: Raster): string | null {
  flattenAlpha(raster.data);
  const r = downscale(raster);
  const found = jsQR(r.data, r.width, r.height, {
    inversionAttempts: r.width * r.height <= INVERT_BELOW_PIXELS ? 'attemptBoth' : 'dontInvert',
  });
  return found && found.data !== '' ? found.data : null;
}

interface Budget {
  pixelsLeft: number;
  used: number;
  codes: string[];
  stopped: string | null;
}

/**
 * jsQR's search, in nanoseconds per searched pixel (after downscale), measured on photos (the costly case: noise gives
 * it many finder-pattern candidates) with a pure-JS engine; a plain QR image costs a fraction of it.
 */
const SEARCH_NS_PER_PIXEL = 120;

/** Milliseconds decoding and searching an image of this size is expected to take (0 when the platform does not say). */
function expectedMs(platform: RasterPlatform, format: Exclude<MediaFormat, 'pdf'>, px: number): number {
  const decode = platform.decodeNsPerPixel?.[format];
  if (decode === undefined) return 0;
  return (px * decode + Math.min(px, SEARCH_MAX_PIXELS) * SEARCH_NS_PER_PIXEL) / 1e6;
}

function fits(b: Budget, req: QrScanRequest, width: number, height: number, now: () => number, expected: (px: number) => number): boolean {
  const px = width * height;
  const left = req.deadline - now();
  if (left <= 0) b.stopped ??= 'time budget used';
  else if (px > req.maxImagePixels) b.stopped ??= `image of ${width}x${height} pixels above ${req.maxImagePixels}`;
  else if (px > b.pixelsLeft) b.stopped ??= `pixel budget of ${req.maxPixels} used`;
  else if (expected(px) > left)
    b.stopped ??= `time budget: an image of ${width}x${height} pixels takes about ${Math.ceil(expected(px))} ms, ${Math.floor(left)} ms left`;
  else return true;
  return false;
}

function take(b: Budget, r: Raster): void {
  b.pixelsLeft -= r.width * r.height;
  b.used += r.width * r.height;
  const code = findQrInRaster(r);
  if (code !== null && !b.codes.includes(code)) b.codes.push(code);
}

async function pdfImageRaster(img: PdfImage, platform: RasterPlatform, maxPixels: number): Promise<Raster | null> {
  if (img.kind === 'jpeg') return platform.decode(img.bytes, 'jpeg', maxPixels);
  const comps = img.components || 4;
  const expected = Math.ceil((img.width * comps * img.bitsPerComponent) / 8 + (img.predictor >= 10 ? 1 : 0)) * img.height;
  const samples = img.flate ? await platform.inflate(img.data, expected + 1024) : img.data;
  if (!samples) return null;
  const data = rawToRgba(img, samples);
  return data ? { data, width: img.width, height: img.height } : null;
}

export function createQrDecoder(platform: RasterPlatform, now: () => number): QrDecoder {
  return async (req): Promise<QrScanResult> => {
    const b: Budget = { pixelsLeft: req.maxPixels, used: 0, codes: [], stopped: null };
    const result = (status: QrScanResult['status'], reason?: string): QrScanResult => ({
      codes: b.codes,
      status,
      pixels: b.used,
      ...(reason ? { reason } : {}),
    });
    try {
      if (req.format === 'pdf') {
        const list = listPdfImages(req.bytes, req.maxPdfImages);
        let unread = 0;
        for (const img of list.images) {
          const format = img.kind === 'jpeg' ? 'jpeg' : 'png'; // raw samples cost about what PNG decoding does
          if (!fits(b, req, img.width, img.height, now, (px) => expectedMs(platform, format, px))) break;
          if ((img.kind === 'jpeg' ? img.bytes.length : img.data.length) > req.maxImageBytes) {
            b.stopped ??= `PDF image larger than ${req.maxImageBytes} bytes`;
            break;
          }
          const r = await pdfImageRaster(img, platform, Math.min(req.maxImagePixels, b.pixelsLeft)).catch(() => null);
          if (r) take(b, r);
          else unread++;
        }
        if (b.stopped) return result('budget', b.stopped);
        if (list.problem) return result(list.problem === 'encrypted PDF' ? 'unsupported' : 'budget', list.problem);
        return unread ? result('error', `${unread} PDF image(s) could not be read`) : result('done');
      }
      const info = sniffMedia(req.bytes);
      if (!info || info.format !== req.format) return result('error', 'not a readable image');
      const format = req.format;
      if (
        info.width !== null &&
        info.height !== null &&
        !fits(b, req, info.width, info.height, now, (px) => expectedMs(platform, format, px))
      )
        return result('budget', b.stopped ?? undefined);
      const r = await platform.decode(req.bytes, req.format, Math.min(req.maxImagePixels, b.pixelsLeft));
      if (!r) return result('unsupported', `${req.format.toUpperCase()} images cannot be decoded here`);
      if (r.width * r.height > Math.min(req.maxImagePixels, b.pixelsLeft)) return result('budget', 'image larger than its header said');
      take(b, r);
      return result('done');
    } catch (e) {
      return result('error', `image could not be read (${e instanceof Error ? e.message.slice(0, 100) : 'unknown error'})`);
    }
  };
}
