/**
 * Line-ending normalization to CRLF (RFC 5322 2.1 / RFC 6376 3.4: signatures are computed over CRLF lines;
 * messages saved on Unix have bare LF). Returns the input unchanged when it is already CRLF-only.
 */
export function normalizeCrlf(raw: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 10 && (i === 0 || raw[i - 1] !== 13)) extra++;
    else if (b === 13 && raw[i + 1] !== 10) extra++;
  }
  if (extra === 0) return raw;
  const out = new Uint8Array(raw.length + extra);
  let o = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === 10 && (i === 0 || raw[i - 1] !== 13)) { out[o++] = 13; out[o++] = 10; }
    else if (b === 13 && raw[i + 1] !== 10) { out[o++] = 13; out[o++] = 10; }
    else out[o++] = b;
  }
  return out;
}
