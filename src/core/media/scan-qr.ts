/**
 * Runs the injected QR decoder over a message's images and PDFs within the per-message budgets (limits.qr*: images,
 * bytes per image, pixels per image, pixels in total, time). Whatever a budget, a missing decoder or an unreadable
 * image left unchecked is said in the `qr` check: `done` only when every image was looked at, `skipped` without a
 * decoder, `unavailable` when a limit or an unreadable image left some unchecked (never a pass).
 */
import type { Limits } from '../deps.js';
import type { CheckState } from '../model/report.js';
import type { QrDecoder, QrScanResult } from './qr-types.js';
import type { MediaItem } from './message-media.js';

export interface QrCodeFound {
  text: string;
  /** MediaItem.label of the image or PDF. */
  foundIn: string;
}

export interface QrScanOutcome {
  codes: QrCodeFound[];
  check: CheckState;
  /** Images and PDFs handed to the decoder. */
  scanned: number;
}

/** QR payloads kept per message and characters kept per payload (limits on untrusted input). */
export const MAX_QR_CODES = 20;
export const MAX_QR_TEXT = 4096;

type QrLimits = Pick<Limits, 'qrMaxImages' | 'qrMaxImageBytes' | 'qrMaxPdfBytes' | 'qrMaxImagePixels' | 'qrMaxPixels' | 'qrTimeBudgetMs'>;

/**
 * Scan order: PDFs (whose images are sized one by one) and images by pixel count, smallest first, in message order
 * among equals. Decoding costs in proportion to pixels, so within the time and pixel budgets more images are looked at,
 * and a code sent to be scanned is a small picture more often than a photo; a budget stops at the costly ones.
 */
function smallestFirst(media: readonly MediaItem[]): MediaItem[] {
  const size = (m: MediaItem) => (m.width !== null && m.height !== null ? m.width * m.height : 0);
  return media
    .map((m, i) => ({ m, i, px: size(m) }))
    .sort((a, b) => a.px - b.px || a.i - b.i)
    .map((x) => x.m);
}

export async function scanQrCodes(
  media: readonly MediaItem[],
  decoder: QrDecoder | undefined,
  limits: QrLimits,
  now: () => number,
): Promise<QrScanOutcome> {
  if (!media.length) return { codes: [], scanned: 0, check: { name: 'qr', status: 'done', reason: 'no images' } };
  if (!decoder) {
    return {
      codes: [],
      scanned: 0,
      check: { name: 'qr', status: 'skipped', reason: `QR codes not checked: no image decoder here (${media.length} image(s) or PDF(s))` },
    };
  }
  const deadline = now() + limits.qrTimeBudgetMs;
  const skipped: string[] = [];
  const codes: QrCodeFound[] = [];
  let pixels = 0;
  let scanned = 0;
  for (const item of smallestFirst(media)) {
    if (scanned >= limits.qrMaxImages) {
      skipped.push(`${item.label}: more than ${limits.qrMaxImages} images`);
      continue;
    }
    if (now() >= deadline) {
      skipped.push(`${item.label}: time budget of ${limits.qrTimeBudgetMs} ms used`);
      continue;
    }
    const maxBytes = item.format === 'pdf' ? limits.qrMaxPdfBytes : limits.qrMaxImageBytes;
    if (item.bytes.length > maxBytes) {
      skipped.push(`${item.label}: larger than ${maxBytes} bytes`);
      continue;
    }
    const size = item.width !== null && item.height !== null ? item.width * item.height : null;
    if (size !== null && size > limits.qrMaxImagePixels) {
      skipped.push(`${item.label}: ${item.width}x${item.height} pixels, above ${limits.qrMaxImagePixels}`);
      continue;
    }
    const left = limits.qrMaxPixels - pixels;
    if (size !== null && size > left) {
      skipped.push(`${item.label}: pixel budget of ${limits.qrMaxPixels} used`);
      continue;
    }
    scanned++;
    let r: QrScanResult;
    try {
      r = await decoder({
        bytes: item.bytes,
        format: item.format,
        deadline,
        maxPixels: left,
        maxImagePixels: limits.qrMaxImagePixels,
        maxImageBytes: limits.qrMaxImageBytes,
        maxPdfImages: limits.qrMaxImages,
      });
    } catch (e) {
      r = { codes: [], status: 'error', reason: `decoder failed: ${e instanceof Error ? e.message : String(e)}`, pixels: 0 };
    }
    pixels += Number.isFinite(r.pixels) && r.pixels > 0 ? r.pixels : 0;
    for (const text of r.codes) {
      if (codes.length < MAX_QR_CODES && !codes.some((c) => c.text === text))
        codes.push({ text: text.slice(0, MAX_QR_TEXT), foundIn: item.label });
    }
    if (r.status !== 'done') skipped.push(`${item.label}: ${r.reason ?? r.status}`);
  }
  const found = `${scanned} image(s) or PDF(s) scanned, ${codes.length} QR code(s) found`;
  const check: CheckState = skipped.length
    ? {
        name: 'qr',
        status: 'unavailable',
        reason: `QR codes partly checked: ${found}; not checked: ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? ` (+${skipped.length - 5} more)` : ''}`,
      }
    : { name: 'qr', status: 'done', reason: found };
  return { codes, check, scanned };
}
