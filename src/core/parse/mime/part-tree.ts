/**
 * The tree of MIME parts of a message as postal-mime 4.0.0 builds it (postal-mime.js processLine, mime-node.js
 * feed/finalize/finalizeChildNodes), for multipart-bodies.ts: which lines are each part's header and body.
 *
 * Every line that matches `--boundary` (optionally `--`, then only SP/HT) of an open multipart, innermost first,
 * ends the current part: a closing one finishes that multipart (and whatever is open inside it) and the lines after
 * it go back to its parent; any other one finishes the multipart's open children and starts a new child. Every
 * other line goes to the current part: header lines up to the first empty line, then body lines. A leaf part's body
 * lines are therefore one contiguous range; a multipart's own body lines (preamble, epilogue) are never read.
 */
import { partFields, type PartFields, type Structured } from './part-fields.js';
import { boundaryLine } from './mime-tree.js';
import { contentEnd, nextLine } from './lines.js';

export interface Part {
  parent: Part | null;
  children: Part[];
  depth: number;
  /** postal-mime's contentType.multipart: the subtype of a multipart/ type, else null. */
  multipart: string | null;
  /** Content-Type (the default when the part has none: RFC 2046 5.1.5 for multipart/digest). */
  type: Structured;
  fields: PartFields | null;
  headerStart: number;
  /** Start of the empty line ending the header, or where the part ended when it had none. */
  headerEnd: number;
  /** The body's byte range [bodyStart, bodyEnd) (empty when the header never ended). */
  bodyStart: number;
  bodyEnd: number;
  /** No further line is fed to it (postal-mime's state 'finished'). */
  finished: boolean;
  /** Children before this index are finished (postal-mime's finalizedChildCount). */
  finalized: number;
}

const DASH = 0x2d;
const TEXT_PLAIN: Structured = { value: 'text/plain', params: new Map() };
const MESSAGE_RFC822: Structured = { value: 'message/rfc822', params: new Map() };

interface Boundary {
  value: Uint8Array;
  part: Part;
}

const encoder = new TextEncoder();

/** Start of the first line at or after `pos` (a line start) that begins with `--`, or -1. */
function nextDashLine(raw: Uint8Array, pos: number): number {
  for (let d = raw.indexOf(DASH, pos); d >= 0; d = raw.indexOf(DASH, pos)) {
    if ((d === pos || raw[d - 1] === 10) && raw[d + 1] === DASH) return d;
    // No line starts before the next LF: on from there (a line of dashes costs two searches, not one per dash).
    const nl = raw.indexOf(10, d);
    if (nl < 0) return -1;
    pos = nl + 1;
  }
  return -1;
}

/** Reads a part's content fields once its header has ended; false when they are outside the modelled subset. */
function readHeader(part: Part): boolean {
  const f = part.fields;
  if (f === null) return false;
  if (f.type !== null) part.type = f.type;
  const v = part.type.value;
  part.multipart = /^multipart\//.test(v) && v.length > v.indexOf('/') + 1 ? v.slice(v.indexOf('/') + 1) : null;
  return true;
}

/**
 * The part tree of `raw` (CRLF-normalised), or null when postal-mime would throw on it (deeper than
 * `maxNestingDepth`, or more than `maxHeadersSize` bytes of header lines in all parts together, counted as
 * mime-node.js feed counts them: each line without its CRLF) or a part's content fields are outside the modelled
 * subset (part-fields.ts).
 */
export function partTree(raw: Uint8Array, maxNestingDepth: number, maxHeadersSize: number): Part | null {
  const boundaries: Boundary[] = [];
  const newPart = (parent: Part | null, headerStart: number): Part => {
    const part: Part = {
      parent,
      children: [],
      depth: parent ? parent.depth + 1 : 0,
      multipart: null,
      type: parent?.multipart === 'digest' ? MESSAGE_RFC822 : TEXT_PLAIN,
      fields: null,
      headerStart,
      headerEnd: -1,
      bodyStart: -1,
      bodyEnd: -1,
      finished: false,
      finalized: 0,
    };
    parent?.children.push(part);
    return part;
  };
  let ok = true;
  /** Ends the current part's lines at `at` (postal-mime stops feeding it). */
  const leave = (part: Part, at: number): void => {
    if (part.headerEnd < 0) {
      part.headerEnd = at; // its header never ended: every line was a header line
      part.fields = partFields(raw, part.headerStart, at);
      ok &&= readHeader(part);
    } else if (part.bodyEnd < 0) part.bodyEnd = at;
  };
  const finalize = (part: Part): void => {
    if (part.finished) return;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      if (boundaries[i]!.part === part) {
        boundaries.splice(i, 1);
        break;
      }
    }
    finalizeChildren(part);
    part.finished = true;
  };
  const finalizeChildren = (part: Part): void => {
    while (part.finalized < part.children.length) finalize(part.children[part.finalized++]!);
  };
  const root = newPart(null, 0);
  let headerBytes = 0;
  let current = root;
  for (let pos = 0; pos < raw.length && ok;) {
    if (current.headerEnd >= 0) {
      // Outside a header only boundary lines change anything, and they start with `--`: on to the next such line.
      const at = boundaries.length ? nextDashLine(raw, pos) : -1;
      if (at < 0) break;
      pos = at;
    }
    const start = pos;
    const next = nextLine(raw, pos);
    const end = contentEnd(raw, pos, next);
    pos = next;
    const line = boundaryLine(raw, start, end, boundaries);
    if (line) {
      const { hit, kind } = line;
      if (!current.finished) leave(current, start);
      if (kind === 'end') {
        finalize(hit.part);
        current = hit.part.parent ?? root;
      } else {
        finalizeChildren(hit.part);
        if (hit.part.depth + 1 > maxNestingDepth) return null; // postal-mime throws: left to it
        current = newPart(hit.part, next);
      }
      continue;
    }
    if (current.headerEnd >= 0) continue;
    if (end > start) {
      headerBytes += end - start;
      if (headerBytes > maxHeadersSize) return null; // postal-mime throws: left to it
      continue;
    }
    // The empty line ending the current part's header.
    current.headerEnd = start;
    current.bodyStart = next;
    current.fields = partFields(raw, current.headerStart, start);
    if (!readHeader(current)) return null;
    const boundary = current.multipart === null ? undefined : current.type.params.get('boundary');
    if (boundary) boundaries.push({ value: encoder.encode(boundary), part: current });
  }
  if (ok && !current.finished) leave(current, raw.length);
  return ok ? root : null;
}
