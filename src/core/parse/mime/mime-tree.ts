/**
 * Walks a message's lines the way postal-mime does (dist/esm/postal-mime.js processLine/readLine, mime-node.js
 * feed/processHeaders/finalize) to tell which lines are the body of a text part without a transfer encoding,
 * for postal-input.ts. Returns null for anything it does not model exactly; the caller then changes nothing.
 */

/** Where postal-input changes the message: byte offsets, in order. */
export interface MimeRewrite {
  /** Offsets of the first header line of each text part handed over as quoted-printable. */
  prefixAt: number[];
  /** Byte ranges [start, end) holding those parts' bodies (line breaks included: they carry no `=`). */
  bodies: Array<[number, number]>;
  /** Byte ranges [start, end) holding the bodies of base64 parts (any type), in order. */
  base64: Array<[number, number]>;
}

interface Node {
  parent: Node | null;
  children: Node[];
  /** Children before this index are finished (postal-mime's finalizedChildCount: no quadratic re-walk). */
  finalized: number;
  depth: number;
  state: 'header' | 'body' | 'finished';
  /** Byte offset of the node's first header line. */
  headerStart: number;
  rewrite: boolean;
  /** A multipart/digest: its parts default to message/rfc822 instead of text/plain (RFC 2046 5.1.5). */
  digest: boolean;
}

/**
 * A trimmed Content-Type value: type/subtype (RFC 2045 tokens), then only `name=token` or `name="quoted"`
 * parameters (no comment, escape or RFC 2231 name). One whitespace quantifier per gap: linear.
 */
export const CONTENT_TYPE =
  /^([!#$%&'*+.^_`{|}~0-9a-z-]+)\/([!#$%&'*+.^_`{|}~0-9a-z-]+)((?:[ \t]*;[ \t]*[a-z0-9-]+[ \t]*=[ \t]*(?:[!#$%&'*+.^_`{|}~0-9a-z-]+|"[ !#-[\]-~]*"))*)(?:[ \t]*;)?$/i;
export const PARAM = /;[ \t]*([a-z0-9-]+)[ \t]*=[ \t]*(?:([^";\s]+)|"([^"]*)")/gi;
/** A trimmed Content-Transfer-Encoding postal-mime passes through undecoded (absent included). */
export const PASS_THROUGH_CTE = /^(?:7bit|8bit|binary)?$/i;
/** A trimmed Content-Transfer-Encoding postal-mime decodes as base64 (mime-node.js setupContentDecoder). */
export const BASE64_CTE = /^base64$/i;

/** SP/HT trimmed at both ends (postal-mime's trimWsp), without a backtracking regex. */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

interface Boundary {
  value: Uint8Array;
  node: Node;
}

const win1252 = new TextDecoder('latin1');
/** Deeper nesting than any maxNestingDepth we give postal-mime: left to it as it is. */
const MAX_DEPTH = 100;

/**
 * Header fields as postal-mime groups them (SP/HT continues a field) -> lower-case key and unfolded value.
 * Decoded as windows-1252: only ASCII matters to the checks below (non-ASCII never matches them either way).
 */
export function fields(raw: Uint8Array, start: number, end: number): Array<[string, string]> {
  const text = win1252.decode(raw.subarray(start, end));
  if (!/content-/i.test(text)) return []; // no content field at all: nothing else is looked at
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    let e = rawLine.length;
    while (e > 0 && rawLine[e - 1] === '\r') e--;
    const line = rawLine.slice(0, e);
    if (out.length && (line[0] === ' ' || line[0] === '\t')) out[out.length - 1] += line;
    else out.push(line);
  }
  if (text.endsWith('\n')) out.pop(); // split leaves an empty piece after the last line break
  return out.map((line) => {
    const sep = line.indexOf(':');
    return [trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase(), sep < 0 ? '' : trimWsp(line.slice(sep + 1))];
  });
}

type Headers = { kind: 'leaf'; rewrite: boolean; base64: boolean } | { kind: 'multipart'; boundary: string; digest: boolean } | null;

/** What postal-mime's processHeaders makes of a part, or null when the fields are outside the modelled subset. */
function readHeaders(fs: Array<[string, string]>, defaultText: boolean): Headers {
  const types = fs.filter(([k]) => k === 'content-type');
  const ctes = fs.filter(([k]) => k === 'content-transfer-encoding');
  if (types.length > 1 || ctes.length > 1) return null;
  const passThrough = ctes.length === 0 || PASS_THROUGH_CTE.test(ctes[0]![1]);
  const base64 = ctes.length === 1 && BASE64_CTE.test(ctes[0]![1]);
  if (types.length === 0) return { kind: 'leaf', rewrite: defaultText && passThrough, base64 };
  const m = CONTENT_TYPE.exec(types[0]![1]);
  if (!m) return null;
  const type = m[1]!.toLowerCase();
  if (type !== 'multipart') return { kind: 'leaf', rewrite: type === 'text' && passThrough, base64 };
  const params = new Map<string, string>();
  for (const p of m[3]!.matchAll(PARAM)) {
    const name = p[1]!.toLowerCase();
    if (!params.has(name)) params.set(name, p[2] ?? p[3]!);
  }
  const boundary = params.get('boundary');
  return boundary ? { kind: 'multipart', boundary, digest: m[2]!.toLowerCase() === 'digest' } : null;
}

/** postal-mime's boundary test: `--boundary`, optional `--`, then only SP/HT. */
export function matchesBoundary(raw: Uint8Array, start: number, len: number, b: Uint8Array): 'part' | 'end' | null {
  if (len < b.length + 2) return null;
  for (let j = 0; j < b.length; j++) if (raw[start + j + 2] !== b[j]) return null;
  let end = b.length + 2;
  const terminator = len >= b.length + 4 && raw[start + end] === 0x2d && raw[start + end + 1] === 0x2d;
  if (terminator) end += 2;
  for (let j = end; j < len; j++) if (raw[start + j] !== 0x20 && raw[start + j] !== 0x09) return null;
  return terminator ? 'end' : 'part';
}

/**
 * The innermost open boundary that the line `raw[start, end)` delimits (postal-mime tests the innermost first), with
 * whether it opens a part or ends the multipart; null for any other line.
 */
export function boundaryLine<B extends { value: Uint8Array }>(
  raw: Uint8Array,
  start: number,
  end: number,
  open: readonly B[],
): { hit: B; kind: 'part' | 'end' } | null {
  if (!open.length || end - start <= 2 || raw[start] !== 0x2d || raw[start + 1] !== 0x2d) return null;
  for (let i = open.length - 1; i >= 0; i--) {
    const kind = matchesBoundary(raw, start, end - start, open[i]!.value);
    if (kind) return { hit: open[i]!, kind };
  }
  return null;
}

/** Start of the first line at or after `pos` (a line start) that begins with `--`, or -1. */
function nextDashLine(raw: Uint8Array, pos: number): number {
  for (let d = raw.indexOf(0x2d, pos); d >= 0; d = raw.indexOf(0x2d, d + 1)) {
    if ((d === pos || raw[d - 1] === 10) && raw[d + 1] === 0x2d) return d;
  }
  return -1;
}

export function walkMimeLines(raw: Uint8Array): MimeRewrite | null {
  const result: MimeRewrite = { prefixAt: [], bodies: [], base64: [] };
  const boundaries: Boundary[] = [];
  const newNode = (parent: Node | null, headerStart: number): Node => {
    const node: Node = {
      parent,
      children: [],
      finalized: 0,
      depth: parent ? parent.depth + 1 : 0,
      state: 'header',
      headerStart,
      rewrite: false,
      digest: false,
    };
    parent?.children.push(node);
    return node;
  };
  const finalize = (node: Node): void => {
    if (node.state === 'finished') return;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      if (boundaries[i]!.node === node) {
        boundaries.splice(i, 1);
        break;
      }
    }
    finalizeChildren(node);
    node.state = 'finished';
  };
  const finalizeChildren = (node: Node): void => {
    while (node.finalized < node.children.length) finalize(node.children[node.finalized++]!);
  };
  const root = newNode(null, 0);
  let current = root;
  let bodyStart = -1; // start of the current rewritten (or base64) body, while current is that part
  let bodyList = result.bodies;
  const endBody = (at: number) => {
    if (bodyStart >= 0 && at > bodyStart) bodyList.push([bodyStart, at]);
    bodyStart = -1;
  };
  // Lines as postal-mime's readLine cuts them: up to each LF, content without its trailing CR/LF bytes.
  for (let pos = 0; pos < raw.length;) {
    if (current.state !== 'header') {
      // Outside a header only boundary lines change anything, and they start with `--`: on to the next such line.
      const at = boundaries.length ? nextDashLine(raw, pos) : -1;
      if (at < 0) break;
      pos = at;
    }
    const nl = raw.indexOf(10, pos);
    const next = nl < 0 ? raw.length : nl + 1;
    let end = next;
    while (end > pos && (raw[end - 1] === 10 || raw[end - 1] === 13)) end--;
    const start = pos;
    pos = next;
    const line = boundaryLine(raw, start, end, boundaries);
    if (line) {
      const { hit, kind } = line;
      endBody(start);
      if (kind === 'end') {
        finalize(hit.node);
        current = hit.node.parent ?? root;
      } else {
        finalizeChildren(hit.node);
        if (hit.node.depth >= MAX_DEPTH) return null; // postal-mime refuses it anyway (maxNestingDepth)
        current = newNode(hit.node, next);
      }
      continue;
    }
    if (current.state !== 'header' || end > start) continue;
    const h = readHeaders(fields(raw, current.headerStart, start), !current.parent?.digest);
    if (h === null) return null;
    current.state = 'body';
    if (h.kind === 'multipart') {
      if (/[^ -~]/.test(h.boundary)) return null; // postal-mime compares UTF-8 bytes: ASCII only here
      current.digest = h.digest;
      boundaries.push({ value: Uint8Array.from(h.boundary, (c) => c.charCodeAt(0)), node: current });
    } else if (h.rewrite) {
      current.rewrite = true;
      result.prefixAt.push(current.headerStart);
      bodyStart = next;
      bodyList = result.bodies;
    } else if (h.base64) {
      bodyStart = next;
      bodyList = result.base64;
    }
  }
  endBody(raw.length);
  return result;
}
