/**
 * The contract of the injected QR decoder (AnalyzeDeps.findQrCodes). The core finds the images and PDFs of a message,
 * enforces the per-message budgets (limits.qr*) and hands each one to the decoder; the decoder rasterises it (Node:
 * pure-JS PNG/JPEG/GIF decoders; extension: createImageBitmap + OffscreenCanvas), looks for QR codes and reports
 * what it decoded and whether a limit stopped it. The decoder never throws on bad input; if it does anyway the core
 * records the image as not checked.
 */

/** Container formats recognised from the bytes (magic numbers), never from the declared type or file name. */
export type MediaFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf';

export interface QrScanRequest {
  bytes: Uint8Array;
  format: MediaFormat;
  /** Pixels the decoder may rasterise for this request in total (a PDF's images together); larger images are skipped. */
  maxPixels: number;
  /** Pixels of the largest single image it may rasterise. */
  maxImagePixels: number;
  /** Bytes of the largest single image it may decode (an image inside a PDF too). */
  maxImageBytes: number;
  /** Images a PDF may contribute. */
  maxPdfImages: number;
  /** Absolute time (the deps.now() clock) after which the decoder starts nothing new and reports `budget`. */
  deadline: number;
}

export interface QrScanResult {
  /** Decoded QR payloads, as text. */
  codes: string[];
  /**
   * `done`: every image was looked at; `budget`: a pixel or time limit stopped it; `unsupported`: a format this
   * decoder cannot read (e.g. WebP in Node); `error`: the image is corrupt or could not be read.
   */
  status: 'done' | 'budget' | 'unsupported' | 'error';
  /** Why, in plain English, when status is not `done`. */
  reason?: string;
  /** Pixels rasterised (counts against the message's pixel budget). */
  pixels: number;
}

export type QrDecoder = (req: QrScanRequest) => Promise<QrScanResult>;
