/**
 * The content fields of one MIME part as postal-mime 4.0.0 reads them (mime-node.js processHeaders,
 * parseStructuredHeader, stripComments), for multipart-bodies.ts. Only a strict subset of field syntax is modelled:
 * a value of one token followed by `name=token`, `name="quoted"` (RFC 2045 section 5.1) or valueless `name`
 * parameters, with no comment outside a quoted string, no backslash and no RFC 2231 `name*` parameter. For
 * such a value postal-mime's parser keeps the token, lower-cased, and each parameter's first occurrence. Anything
 * else returns null and the caller leaves the message to postal-mime.
 */

/** postal-mime decodes each header line as UTF-8 keeping a BOM (mime-node.js headerDecoder). */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export interface Structured {
  /** The value before the first parameter, lower case ('' when empty). */
  value: string;
  /** Parameters by lower-case name, first occurrence kept. */
  params: Map<string, string>;
}

export interface PartFields {
  /** Content-Type, or null when the part has none (its parent decides the default). */
  type: Structured | null;
  disposition: Structured;
  /** How postal-mime decodes the body (mime-node.js setupContentDecoder). */
  encoding: 'base64' | 'quoted-printable' | 'pass-through';
  /** The first Content-ID value ('' when absent or empty: postal-mime tests it for truthiness). */
  contentId: string;
}

// A token here is any run without SP, HT, `;`, `"`, `\`, or parentheses (postal-mime takes every other character
// as it is); a parameter name is ASCII, and a name without `=` is a parameter with an empty value (postal-mime's
// storeEmptyKey: `text/html;iso-8859-1`). Each whitespace run sits between two literal characters: linear.
// Literals (not built with new RegExp) so that the regex audit (tests/fuzz/regex-audit.test.ts) runs them.
const STRUCTURED = /^([^ \t;"\\()]*)[ \t]*((?:;[ \t]*(?:[a-z0-9_.-]+[ \t]*(?:=[ \t]*(?:[^ \t;"\\()]+|"[^"\\]*")[ \t]*)?)?)*)$/i;
const PARAMS = /;[ \t]*(?:([a-z0-9_.-]+)[ \t]*(?:=[ \t]*(?:([^ \t;"\\()]+)|"([^"\\]*)"))?)?/gi;

/** A structured field value (SP/HT-trimmed) in the modelled subset, or null. */
export function parseStructured(v: string): Structured | null {
  const m = STRUCTURED.exec(v);
  if (!m) return null;
  const params = new Map<string, string>();
  if (m[2]) {
    for (const p of m[2].matchAll(PARAMS)) {
      if (p[1] === undefined) continue; // an empty parameter (`;;`)
      const name = p[1].toLowerCase();
      if (!params.has(name)) params.set(name, p[2] ?? p[3] ?? '');
    }
  }
  return { value: m[1]!.toLowerCase(), params };
}

/** SP/HT trimmed at both ends (postal-mime's trimWsp). */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

const CONTENT_KEYS = new Set(['content-type', 'content-transfer-encoding', 'content-disposition', 'content-id']);
const NO_DISPOSITION: Structured = { value: '', params: new Map() };

const CONTENT_ = new TextEncoder().encode('content-');

/** Whether the line at `pos` starts (after SP/HT) with `content-` in any ASCII case. */
function startsWithContent(raw: Uint8Array, pos: number, end: number): boolean {
  while (pos < end && (raw[pos] === 32 || raw[pos] === 9)) pos++;
  if (end - pos < CONTENT_.length) return false;
  for (let j = 0; j < CONTENT_.length; j++) {
    const c = raw[pos + j]!;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== CONTENT_[j]) return false;
  }
  return true;
}

/**
 * The content fields of the header lines in raw[start, end) (each line ending in CRLF; `raw` is CRLF-normalised,
 * so no other CR or LF occurs), or null outside the modelled subset. The first occurrence of each field counts.
 */
export function partFields(raw: Uint8Array, start: number, end: number): PartFields | null {
  const first = new Map<string, string>();
  // Fields as postal-mime groups them: a line starting with SP or HT continues the one before (RFC 5322 2.2.3).
  // Only a field whose first line starts with `content-` can have a content key (a continuation adds a space to
  // the key, and no other character lower-cases to ASCII `content-`), so only those are decoded: a root header's
  // Received and DKIM fields are skipped unread (measured: most of this function's time was decoding them).
  let field = -1;
  const close = (at: number): void => {
    if (field < 0) return;
    let text = headerDecoder.decode(raw.subarray(field, at));
    text = text.replace(/\r\n/g, ''); // unfolded: line breaks dropped, the folding whitespace kept
    const sep = text.indexOf(':');
    const key = trimWsp(sep < 0 ? text : text.slice(0, sep)).toLowerCase();
    if (CONTENT_KEYS.has(key) && !first.has(key)) first.set(key, sep < 0 ? '' : trimWsp(text.slice(sep + 1)));
  };
  for (let pos = start; pos < end;) {
    const nl = raw.indexOf(10, pos);
    const next = nl < 0 || nl >= end ? end : nl + 1;
    const c = raw[pos];
    if (pos > start && (c === 32 || c === 9)) {
      pos = next; // a continuation of the field before
      continue;
    }
    close(pos);
    field = startsWithContent(raw, pos, next) ? pos : -1;
    pos = next;
  }
  close(end);
  const typeValue = first.get('content-type');
  const type = typeValue === undefined ? null : parseStructured(typeValue);
  if (type === null && typeValue !== undefined) return null;
  const dispositionValue = first.get('content-disposition');
  const disposition = dispositionValue === undefined ? NO_DISPOSITION : parseStructured(dispositionValue);
  if (disposition === null) return null;
  const cte = first.get('content-transfer-encoding') ?? '';
  if (cte.includes('(')) return null; // postal-mime strips comments first: left to it
  // Its first token decides (mime-node.js processHeaders), and any token containing "base64" is base64.
  const token = (/[\w-]+/.exec(cte.toLowerCase()) ?? [''])[0];
  const encoding = /base64/.test(token) ? 'base64' : /quoted-printable/.test(token) ? 'quoted-printable' : 'pass-through';
  return { type, disposition, encoding, contentId: first.get('content-id') ?? '' };
}
