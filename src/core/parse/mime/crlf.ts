/**
 * Line-ending normalization to CRLF (RFC 5322 2.1 / RFC 6376 3.4: signatures are computed over CRLF lines;
 * messages saved on Unix have bare LF). Returns the input unchanged when it is already CRLF-only. Uses native
 * indexOf to jump between line ends (a 25 MB message is scanned in a few ms).
 */

/** Positions needing a fix: bare LF (no CR before) or bare CR (no LF after). */
function countBare(raw: Uint8Array): number {
  let n = 0;
  for (let i = raw.indexOf(10); i >= 0; i = raw.indexOf(10, i + 1)) if (i === 0 || raw[i - 1] !== 13) n++;
  for (let i = raw.indexOf(13); i >= 0; i = raw.indexOf(13, i + 1)) if (raw[i + 1] !== 10) n++;
  return n;
}

/** A message without any CR (saved with Unix line ends, the most common case): every LF becomes CRLF. */
function lfOnly(raw: Uint8Array): Uint8Array {
  let n = 0;
  for (let i = raw.indexOf(10); i >= 0; i = raw.indexOf(10, i + 1)) n++;
  if (n === 0) return raw;
  const out = new Uint8Array(raw.length + n);
  let o = 0;
  // One byte loop: cheaper than a copy per line (measured 0.81 of the line-by-line copy on the dev corpus).
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === 10) out[o++] = 13;
    out[o++] = c;
  }
  return out;
}

export function normalizeCrlf(raw: Uint8Array): Uint8Array {
  if (raw.indexOf(13) < 0) return lfOnly(raw);
  const extra = countBare(raw);
  if (extra === 0) return raw;
  const out = new Uint8Array(raw.length + extra);
  let o = 0;
  let start = 0;
  // From line end to line end (the next LF or CR), never byte by byte.
  let lf = raw.indexOf(10);
  let cr = raw.indexOf(13);
  for (let i = 0; ;) {
    if (lf >= 0 && lf < i) lf = raw.indexOf(10, i);
    if (cr >= 0 && cr < i) cr = raw.indexOf(13, i);
    const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (at < 0) break;
    if (raw[at] === 13 && raw[at + 1] === 10) {
      i = at + 2;
      continue;
    } // proper CRLF: copied with the run
    out.set(raw.subarray(start, at), o);
    o += at - start;
    out[o++] = 13;
    out[o++] = 10;
    start = at + 1;
    i = at + 1;
  }
  out.set(raw.subarray(start), o);
  return out;
}
