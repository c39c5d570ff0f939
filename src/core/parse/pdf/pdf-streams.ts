/**
 * The stream objects of a PDF (ISO 32000-1 7.3.8), found where they are by their `stream` keyword: the object's
 * dictionary text and where its data starts and ends. Shared by the link-annotation reader (pdf-links.ts) and the QR
 * scanner's image lister (platform/shared/qr/pdf-images.ts). A bounded token scan, not a PDF parser: it also reads
 * damaged files and never runs anything in them. Every loop is capped by the caller's limits.
 */

/** The file as text, one character per byte (offsets in the text are offsets in the bytes). */
const latin1 = new TextDecoder('latin1');
export function pdfText(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** 7.6.1: an encrypted document names its security handler in the trailer's /Encrypt entry. */
export function pdfEncrypted(t: string): boolean {
  return /\/Encrypt\s{0,5}[\d<]/.test(t);
}

export interface PdfStream {
  /** The object's dictionary: from its `N G obj` keyword (or the start of the window) to `stream`. */
  dict: string;
  /** Offsets of the stream's data in the file. */
  start: number;
  end: number;
}

/** Start of the stream data after the `stream` keyword and its EOL (7.3.8.1: CRLF or LF). */
function dataStart(t: string, at: number): number {
  let i = at + 'stream'.length;
  if (t[i] === '\r') i++;
  if (t[i] === '\n') i++;
  return i;
}

/** Where the `N G obj` keyword before `at` is (7.3.10; white space before it, `endobj` skipped), or -1. */
function objectStart(t: string, at: number, floor: number): number {
  for (let k = t.lastIndexOf('obj', at); k >= floor && k >= 0; k = t.lastIndexOf('obj', k - 1)) {
    if (t.slice(k - 3, k) !== 'end' && /\s/.test(t[k - 1] ?? '')) return k;
  }
  return -1;
}

/** A dictionary entry `/Key N` that is a direct number (an indirect `N G R` is not followed), else null. */
export function dictNumber(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d{1,9})(?!\\s+\\d+\\s+R)`).exec(dict);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Each stream object in `t`, at most `maxStreams` `stream` keywords looked at, the dictionary searched at most
 * `maxDict` characters back. The data ends at `/Length` when an `endstream` follows it there, else at the next
 * `endstream` (damaged or indirect lengths), else at the end of the file.
 */
export function* pdfStreams(t: string, maxStreams: number, maxDict: number): Generator<PdfStream> {
  let from = 0;
  for (let n = 0; n < maxStreams; n++) {
    const at = t.indexOf('stream', from);
    if (at < 0) return;
    from = at + 6;
    if (t.slice(at - 3, at) === 'end') continue; // `endstream`
    const floor = Math.max(0, at - maxDict);
    const dict = t.slice(Math.max(floor, objectStart(t, at, floor)), at);
    const start = dataStart(t, at);
    const len = dictNumber(dict, 'Length');
    let end =
      len !== null && start + len <= t.length && /^\s*endstream/.test(t.slice(start + len, start + len + 20))
        ? start + len
        : t.indexOf('endstream', start);
    if (end < 0) end = t.length;
    from = end;
    yield { dict, start, end };
  }
}
