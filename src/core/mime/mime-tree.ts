/**
 * Walks a message's lines the way postal-mime does (dist/esm/postal-mime.js processLine/readLine, mime-node.js
 * feed/processHeaders/finalize) to tell which lines are the body of a text part without a transfer encoding,
 * for postal-input.ts. Returns null for anything it does not model exactly; the caller then changes nothing.
 */

export interface MimeLine {
  /** Line content [start, end); the line break runs to `next`. */
  start: number;
  end: number;
  next: number;
  /** Body line of a part that postal-input hands over as quoted-printable. */
  escape: boolean;
  /** First header line of such a part (the added Content-Transfer-Encoding goes before it). */
  startsRewrittenPart: boolean;
}

interface Node {
  parent: Node | null;
  children: Node[];
  state: 'header' | 'body' | 'finished';
  /** Index in the line list of the node's first header line. */
  firstLine: number;
  rewrite: boolean;
  /** A multipart/digest: its parts default to message/rfc822 instead of text/plain (RFC 2046 5.1.5). */
  digest: boolean;
}

/**
 * A trimmed Content-Type value: type/subtype (RFC 2045 tokens), then only `name=token` or `name="quoted"`
 * parameters (no comment, escape or RFC 2231 name). One whitespace quantifier per gap: linear.
 */
const CONTENT_TYPE = /^([!#$%&'*+.^_`{|}~0-9a-z-]+)\/([!#$%&'*+.^_`{|}~0-9a-z-]+)((?:[ \t]*;[ \t]*[a-z0-9-]+[ \t]*=[ \t]*(?:[!#$%&'*+.^_`{|}~0-9a-z-]+|"[ !#-[\]-~]*"))*)(?:[ \t]*;)?$/i;
const PARAM = /;[ \t]*([a-z0-9-]+)[ \t]*=[ \t]*(?:([^";\s]+)|"([^"]*)")/gi;
/** A trimmed Content-Transfer-Encoding postal-mime passes through undecoded (absent included). */
const PASS_THROUGH_CTE = /^(?:7bit|8bit|binary)?$/i;

/** SP/HT trimmed at both ends (postal-mime's trimWsp), without a backtracking regex. */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

interface Boundary { value: Uint8Array; node: Node }

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Header fields as postal-mime groups them (SP/HT continues a field) -> lower-case key and unfolded value. */
function fields(raw: Uint8Array, lines: MimeLine[], from: number, to: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = from; i < to; i++) {
    const text = latin1(raw.subarray(lines[i]!.start, lines[i]!.end));
    if (out.length && (text[0] === ' ' || text[0] === '\t')) out[out.length - 1]![1] += text;
    else out.push(['', text]);
  }
  return out.map(([, line]) => {
    const sep = line.indexOf(':');
    return [trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase(), sep < 0 ? '' : trimWsp(line.slice(sep + 1))];
  });
}

type Headers = { kind: 'leaf'; rewrite: boolean } | { kind: 'multipart'; boundary: string; digest: boolean } | null;

/** What postal-mime's processHeaders makes of a part, or null when the fields are outside the modelled subset. */
function readHeaders(fs: Array<[string, string]>, defaultText: boolean): Headers {
  const types = fs.filter(([k]) => k === 'content-type');
  const ctes = fs.filter(([k]) => k === 'content-transfer-encoding');
  if (types.length > 1 || ctes.length > 1) return null;
  const passThrough = ctes.length === 0 || PASS_THROUGH_CTE.test(ctes[0]![1]);
  if (types.length === 0) return { kind: 'leaf', rewrite: defaultText && passThrough };
  const m = CONTENT_TYPE.exec(types[0]![1]);
  if (!m) return null;
  const type = m[1]!.toLowerCase();
  if (type !== 'multipart') return { kind: 'leaf', rewrite: type === 'text' && passThrough };
  const params = new Map<string, string>();
  for (const p of m[3]!.matchAll(PARAM)) {
    const name = p[1]!.toLowerCase();
    if (!params.has(name)) params.set(name, p[2] ?? p[3]!);
  }
  const boundary = params.get('boundary');
  return boundary ? { kind: 'multipart', boundary, digest: m[2]!.toLowerCase() === 'digest' } : null;
}

/** postal-mime's boundary test: `--boundary`, optional `--`, then only SP/HT. */
function matchesBoundary(raw: Uint8Array, l: MimeLine, b: Uint8Array): 'part' | 'end' | null {
  const len = l.end - l.start;
  if (len < b.length + 2) return null;
  for (let j = 0; j < b.length; j++) if (raw[l.start + j + 2] !== b[j]) return null;
  let end = b.length + 2;
  const terminator = len >= b.length + 4 && raw[l.start + end] === 0x2d && raw[l.start + end + 1] === 0x2d;
  if (terminator) end += 2;
  for (let j = end; j < len; j++) if (raw[l.start + j] !== 0x20 && raw[l.start + j] !== 0x09) return null;
  return terminator ? 'end' : 'part';
}

function splitLines(raw: Uint8Array): MimeLine[] {
  const lines: MimeLine[] = [];
  for (let pos = 0; pos < raw.length; ) {
    const nl = raw.indexOf(10, pos);
    const next = nl < 0 ? raw.length : nl + 1;
    let end = next;
    while (end > pos && (raw[end - 1] === 10 || raw[end - 1] === 13)) end--;
    lines.push({ start: pos, end, next, escape: false, startsRewrittenPart: false });
    pos = next;
  }
  return lines;
}

export function walkMimeLines(raw: Uint8Array): MimeLine[] | null {
  const lines = splitLines(raw);
  const boundaries: Boundary[] = [];
  const newNode = (parent: Node | null, firstLine: number): Node => {
    const node: Node = { parent, children: [], state: 'header', firstLine, rewrite: false, digest: false };
    parent?.children.push(node);
    return node;
  };
  const finalize = (node: Node): void => {
    if (node.state === 'finished') return;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      if (boundaries[i]!.node === node) { boundaries.splice(i, 1); break; }
    }
    node.children.forEach(finalize);
    node.state = 'finished';
  };
  const root = newNode(null, 0);
  let current = root;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!;
    if (boundaries.length && l.end - l.start > 2 && raw[l.start] === 0x2d && raw[l.start + 1] === 0x2d) {
      let hit: Boundary | null = null;
      let kind: 'part' | 'end' | null = null;
      for (let i = boundaries.length - 1; i >= 0 && !kind; i--) {
        hit = boundaries[i]!;
        kind = matchesBoundary(raw, l, hit.value);
      }
      if (hit && kind) {
        if (kind === 'end') {
          finalize(hit.node);
          current = hit.node.parent ?? root;
        } else {
          hit.node.children.forEach(finalize);
          current = newNode(hit.node, n + 1);
        }
        continue;
      }
    }
    if (current.state === 'header') {
      if (l.end > l.start) continue;
      const h = readHeaders(fields(raw, lines, current.firstLine, n), !current.parent?.digest);
      if (h === null) return null;
      current.state = 'body';
      if (h.kind === 'multipart') {
        if (/[^ -~]/.test(h.boundary)) return null; // postal-mime compares UTF-8 bytes: ASCII only here
        current.digest = h.digest;
        boundaries.push({ value: Uint8Array.from(h.boundary, (c) => c.charCodeAt(0)), node: current });
      } else if (h.rewrite) {
        current.rewrite = true;
        if (current.firstLine < lines.length) lines[current.firstLine]!.startsRewrittenPart = true;
      }
    } else if (current.state === 'body' && current.rewrite) {
      l.escape = true;
    }
  }
  return lines;
}
