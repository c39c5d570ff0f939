/**
 * The bytes handed to postal-mime. For a single-part text message without a content transfer encoding (7bit,
 * 8bit, binary: the most common shape), the body is handed over as quoted-printable instead, which postal-mime
 * decodes to exactly the same bytes, many times faster.
 *
 * Why: postal-mime's pass-through decoder keeps every body line as two Blob parts (the line and a "\n"), and
 * reading a Blob back in Node costs an async step per part: a 3,000-line plain-text body took ~30 ms. Its
 * quoted-printable decoder copies lines into 100 KB chunks instead. For a line without `=` it outputs the line
 * plus "\n", the same as pass-through; so every `=` is written as `=3D` (decoded back to `=`, and no line then
 * ends in a soft-break `=`). A Content-Transfer-Encoding field is put first, because postal-mime takes the first
 * occurrence of a content header (the original one, if any, is ignored).
 *
 * Only a message whose content fields are plain (checked below, conservatively) is rewritten: a multipart root
 * would need boundaries followed, and base64/QP/unusual values are left to postal-mime as they are.
 */

const PREFIX = new TextEncoder().encode('Content-Transfer-Encoding: quoted-printable\r\n');
const EQ = 0x3d;
const ESCAPED_EQ = new TextEncoder().encode('=3D');

export interface PostalInput {
  bytes: Uint8Array;
  /** Header bytes added in front (postal-mime counts them against maxHeadersSize: the limit is raised by as much). */
  addedHeaderBytes: number;
}

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
};

/** A text/* (or absent) Content-Type with no comment: postal-mime reads it as a non-multipart type. */
const PLAIN_TEXT_TYPE = /^[ \t]*(?:text\/[!#$%&'*+.^_`{|}~0-9a-z-]+[ \t]*(?:;[^(]*)?)?$/i;
/** A Content-Transfer-Encoding postal-mime passes through undecoded. */
const PASS_THROUGH_CTE = /^[ \t]*(?:7bit|8bit|binary)?[ \t]*$/i;

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Field name (as postal-mime keys it: up to the first colon, SP/HT trimmed) equals `name` (lower-case ASCII). */
function keyIs(field: Uint8Array, name: string): boolean {
  let s = 0;
  while (s < field.length && (field[s] === 32 || field[s] === 9)) s++;
  let e = field.indexOf(58);
  if (e < 0) e = field.length;
  while (e > s && (field[e - 1] === 32 || field[e - 1] === 9)) e--;
  if (e - s !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (lower(field[s + i]!) !== name.charCodeAt(i)) return false;
  return true;
}

/** Whether every content field of the header section is one the rewrite is exact for. */
function plainTextHeaders(raw: Uint8Array, headerEnd: number): boolean {
  // Fields as postal-mime groups them: a line starting with SP/HT continues the previous field (RFC 5322 2.2.3).
  let start = 0;
  while (start < headerEnd) {
    let end = start;
    for (;;) {
      const nl = raw.indexOf(10, end);
      end = nl < 0 || nl >= headerEnd ? headerEnd : nl + 1;
      if (end >= headerEnd || (raw[end] !== 32 && raw[end] !== 9)) break;
    }
    const field = raw.subarray(start, end);
    const isType = keyIs(field, 'content-type');
    if (isType || keyIs(field, 'content-transfer-encoding')) {
      const text = latin1(field);
      const value = text.slice(text.indexOf(':') + 1).replace(/\r\n/g, '');
      if (!(isType ? PLAIN_TEXT_TYPE : PASS_THROUGH_CTE).test(value)) return false;
    }
    start = end;
  }
  return true;
}

/** `raw` is CRLF-normalised; `bodyOffset` is where the body starts (raw.length when there is no empty line). */
export function postalInput(raw: Uint8Array, bodyOffset: number): PostalInput {
  const unchanged = { bytes: raw, addedHeaderBytes: 0 };
  if (bodyOffset >= raw.length || bodyOffset < 2) return unchanged;
  if (!plainTextHeaders(raw, bodyOffset - 2)) return unchanged;
  let eqs = 0;
  for (let i = raw.indexOf(EQ, bodyOffset); i >= 0; i = raw.indexOf(EQ, i + 1)) eqs++;
  const out = new Uint8Array(PREFIX.length + raw.length + 2 * eqs);
  out.set(PREFIX);
  let o = PREFIX.length;
  out.set(raw.subarray(0, bodyOffset), o);
  o += bodyOffset;
  let from = bodyOffset;
  for (let i = raw.indexOf(EQ, bodyOffset); i >= 0; i = raw.indexOf(EQ, i + 1)) {
    out.set(raw.subarray(from, i), o);
    o += i - from;
    out.set(ESCAPED_EQ, o);
    o += 3;
    from = i + 1;
  }
  out.set(raw.subarray(from), o);
  return { bytes: out, addedHeaderBytes: PREFIX.length - 2 };
}
