/**
 * A small, bounded reader for the images of a PDF (ISO 32000-1): among its stream objects (found by
 * core/parse/pdf/pdf-streams.ts, shared with the link reader) it takes those whose dictionary says `/Subtype /Image`
 * (8.9.5 image dictionaries) and returns them as JPEG bytes (`/DCTDecode`, 7.4.8) or as raw samples
 * (`/FlateDecode`, 7.4.4, with PNG predictors 7.4.4.4) for the QR scanner. It does not render pages: a QR code drawn
 * with vector paths is not seen, nor are images in encrypted PDFs (7.6), which it reports instead of guessing.
 * Everything is capped: objects looked at, images returned, bytes inflated.
 */

import { dictNumber, pdfEncrypted, pdfStreams, pdfText } from '../../../core/parse/pdf/pdf-streams.js';

export type PdfImage =
  | { kind: 'jpeg'; bytes: Uint8Array; width: number; height: number }
  | {
      kind: 'raw';
      data: Uint8Array;
      width: number;
      height: number;
      components: number;
      bitsPerComponent: number;
      predictor: number;
      columns: number;
      colors: number;
      indexed: boolean;
      flate: boolean;
    };

export interface PdfImageList {
  images: PdfImage[];
  /** Why some or all images could not be listed (encrypted, unsupported filter, too many), else null. */
  problem: string | null;
}

/** Stream objects looked at per PDF (a limit on untrusted input). */
const MAX_STREAMS = 5000;
/** Bytes before `stream` searched for the object's dictionary. */
const MAX_DICT = 4096;

function filters(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]{0,200}\]|\/[A-Za-z0-9]+)/.exec(dict);
  return m?.[1] ? [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1] ?? '') : [];
}

function colorComponents(dict: string): { components: number | null; indexed: boolean } {
  if (/\/ImageMask\s+true/.test(dict)) return { components: 1, indexed: false };
  const cs = /\/ColorSpace\s*(\[[^\]]{0,200}|\/[A-Za-z]+)/.exec(dict)?.[1] ?? '';
  if (/Indexed|\/I\b/.test(cs)) return { components: 1, indexed: true };
  if (/DeviceGray|CalGray|\/G\b/.test(cs)) return { components: 1, indexed: false };
  if (/DeviceRGB|CalRGB|\/RGB\b/.test(cs)) return { components: 3, indexed: false };
  if (/DeviceCMYK|\/CMYK\b/.test(cs)) return { components: 4, indexed: false };
  const icc = /\/N\s+([134])\b/.exec(dict);
  return { components: icc?.[1] ? Number(icc[1]) : null, indexed: false };
}

export function listPdfImages(pdf: Uint8Array, maxImages: number): PdfImageList {
  const s = pdfText(pdf);
  if (pdfEncrypted(s)) return { images: [], problem: 'encrypted PDF' };
  const images: PdfImage[] = [];
  const problems = new Set<string>();
  for (const { dict, start, end } of pdfStreams(s, MAX_STREAMS, MAX_DICT)) {
    if (!/\/Subtype\s*\/Image\b/.test(dict)) continue;
    if (images.length >= maxImages) {
      problems.add(`more than ${maxImages} images`);
      break;
    }
    const width = dictNumber(dict, 'Width') ?? dictNumber(dict, 'W');
    const height = dictNumber(dict, 'Height') ?? dictNumber(dict, 'H');
    if (!width || !height) {
      problems.add('image without size');
      continue;
    }
    const bytes = pdf.subarray(start, end);
    const fs = filters(dict);
    if (fs.length === 1 && (fs[0] === 'DCTDecode' || fs[0] === 'DCT')) {
      images.push({ kind: 'jpeg', bytes, width, height });
      continue;
    }
    if (fs.length > 1 || (fs.length === 1 && fs[0] !== 'FlateDecode' && fs[0] !== 'Fl')) {
      problems.add(`image filter ${fs.join('+')} not supported`);
      continue;
    }
    const { components, indexed } = colorComponents(dict);
    const bpc = /\/ImageMask\s+true/.test(dict) ? 1 : (dictNumber(dict, 'BitsPerComponent') ?? dictNumber(dict, 'BPC') ?? 8);
    const parms = /\/DecodeParms\s*<<([^>]{0,300})>>/.exec(dict)?.[1] ?? '';
    images.push({
      kind: 'raw',
      data: bytes,
      width,
      height,
      components: components ?? 0,
      bitsPerComponent: bpc,
      indexed,
      flate: fs.length === 1,
      predictor: dictNumber(parms, 'Predictor') ?? 1,
      columns: dictNumber(parms, 'Columns') ?? width,
      colors: dictNumber(parms, 'Colors') ?? 1,
    });
  }
  return { images, problem: problems.size ? [...problems].join(', ') : null };
}

/** 7.4.4.4: undoes PNG row filters (predictor >= 10: one filter byte per row). Null when the data is short. */
function unpredictPng(data: Uint8Array, rowBytes: number, bpp: number, rows: number): Uint8Array | null {
  const out = new Uint8Array(rowBytes * rows);
  let src = 0;
  for (let y = 0; y < rows; y++) {
    if (src + 1 + rowBytes > data.length) return null;
    const type = data[src++] ?? 0;
    const o = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src++] ?? 0;
      const a = x >= bpp ? (out[o + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[o - rowBytes + x] ?? 0) : 0;
      const c = y > 0 && x >= bpp ? (out[o - rowBytes + x - bpp] ?? 0) : 0;
      let v = raw;
      if (type === 1) v = raw + a;
      else if (type === 2) v = raw + b;
      else if (type === 3) v = raw + ((a + b) >> 1);
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a),
          pb = Math.abs(p - b),
          pc = Math.abs(p - c);
        v = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      out[o + x] = v & 0xff;
    }
  }
  return out;
}

/**
 * Raw image samples (already inflated) to RGBA. Components unknown (ICC without /N) are inferred from the length.
 * Indexed images use the index as a grey level (the scanner also tries the inverted image). Null when inconsistent.
 */
export function rawToRgba(img: Extract<PdfImage, { kind: 'raw' }>, samples: Uint8Array): Uint8ClampedArray | null {
  const { width, height } = img;
  const bpc = img.bitsPerComponent;
  if (![1, 2, 4, 8].includes(bpc)) return null;
  let comps = img.components;
  if (!comps) comps = bpc === 8 ? Math.round(samples.length / (width * height)) : 1;
  if (![1, 3, 4].includes(comps)) return null;
  const rowBytes = Math.ceil((width * comps * bpc) / 8);
  let data = samples;
  if (img.predictor >= 10) {
    const un = unpredictPng(samples, rowBytes, Math.max(1, Math.ceil((comps * bpc) / 8)), height);
    if (!un) return null;
    data = un;
  }
  if (data.length < rowBytes * height) return null;
  const out = new Uint8ClampedArray(width * height * 4);
  const max = (1 << bpc) - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let r: number, g: number, b: number;
      if (bpc === 8) {
        const i = y * rowBytes + x * comps;
        if (comps === 1) r = g = b = data[i] ?? 0;
        else if (comps === 3) {
          r = data[i] ?? 0;
          g = data[i + 1] ?? 0;
          b = data[i + 2] ?? 0;
        } else {
          const k = data[i + 3] ?? 0;
          r = 255 - Math.min(255, (data[i] ?? 0) + k);
          g = 255 - Math.min(255, (data[i + 1] ?? 0) + k);
          b = 255 - Math.min(255, (data[i + 2] ?? 0) + k);
        }
      } else {
        const bit = x * bpc * comps;
        const byte = data[y * rowBytes + (bit >> 3)] ?? 0;
        const v = (byte >> (8 - bpc - (bit & 7))) & max;
        r = g = b = Math.round((v * 255) / max);
      }
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      out[o + 3] = 255;
    }
  }
  return out;
}
