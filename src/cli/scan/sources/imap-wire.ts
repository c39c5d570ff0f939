/**
 * IMAP4rev1 response framing and parsing (RFC 3501 7 and 9), only what a read-only scan needs. A response is a line
 * that may carry literals (`{n}` CRLF then n bytes, RFC 3501 4.3); the reader keeps text and literal bytes apart,
 * so message bytes are never re-encoded. Every size is capped.
 */

export interface WireResponse {
  /** Text segments; a literal sits between segments i and i+1. */
  texts: string[];
  literals: Buffer[];
}

export class WireError extends Error {
  override name = 'WireError';
}

export class ResponseReader {
  private buf: Buffer = Buffer.alloc(0);
  private texts: string[] = [];
  private literals: Buffer[] = [];
  private need = -1; // bytes of literal still expected, -1 = reading a line

  constructor(
    private readonly maxLine: number,
    private readonly maxLiteral: number,
  ) {}

  /** Feeds bytes; returns the responses completed by them. Throws WireError on a limit. */
  push(data: Buffer): WireResponse[] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
    const out: WireResponse[] = [];
    for (;;) {
      if (this.need >= 0) {
        if (this.buf.length < this.need) return out;
        this.literals.push(Buffer.from(this.buf.subarray(0, this.need)));
        this.buf = this.buf.subarray(this.need);
        this.need = -1;
        continue;
      }
      const eol = this.buf.indexOf('\r\n');
      if (eol < 0) {
        if (this.buf.length > this.maxLine) throw new WireError(`response line longer than ${this.maxLine} bytes`);
        return out;
      }
      const line = this.buf.subarray(0, eol).toString('latin1');
      this.buf = this.buf.subarray(eol + 2);
      const lit = /\{(\d{1,12})\}$/.exec(line);
      if (lit) {
        const n = Number(lit[1]);
        if (n > this.maxLiteral) throw new WireError(`literal of ${n} bytes over the limit ${this.maxLiteral}`);
        this.texts.push(line.slice(0, lit.index));
        this.need = n;
        continue;
      }
      this.texts.push(line);
      out.push({ texts: this.texts, literals: this.literals });
      this.texts = [];
      this.literals = [];
    }
  }
}

/** A parsed IMAP value: atom/number as string, quoted string, literal bytes, NIL as null, or a parenthesized list. */
export type ImapValue = string | Buffer | null | ImapValue[];

/** Parses the values of a response, starting in segment 0 at `offset` (after `* 12 FETCH ` for example). */
export function parseValues(r: WireResponse, offset = 0): ImapValue[] {
  let seg = 0;
  let pos = offset;
  const root: ImapValue[] = [];
  const stack: ImapValue[][] = [root];
  for (;;) {
    const text = r.texts[seg]!;
    if (pos >= text.length) {
      if (seg >= r.literals.length) break;
      stack[stack.length - 1]!.push(r.literals[seg]!);
      seg++;
      pos = 0;
      continue;
    }
    const c = text[pos]!;
    if (c === ' ') {
      pos++;
      continue;
    }
    if (c === '(') {
      const l: ImapValue[] = [];
      stack[stack.length - 1]!.push(l);
      stack.push(l);
      pos++;
      continue;
    }
    if (c === ')') {
      if (stack.length > 1) stack.pop();
      pos++;
      continue;
    }
    if (c === '"') {
      let s = '';
      pos++;
      while (pos < text.length && text[pos] !== '"') {
        if (text[pos] === '\\') pos++;
        s += text[pos] ?? '';
        pos++;
      }
      pos++;
      stack[stack.length - 1]!.push(s);
      continue;
    }
    // Atom (including BODY[...]<n> section specs, which may contain spaces inside the brackets).
    let end = pos;
    let depth = 0;
    while (end < text.length) {
      const ch = text[end]!;
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (depth === 0 && (ch === ' ' || ch === '(' || ch === ')')) break;
      end++;
    }
    const atom = text.slice(pos, end);
    stack[stack.length - 1]!.push(atom.toUpperCase() === 'NIL' ? null : atom);
    pos = end;
  }
  return root;
}

/** `* 12 FETCH (UID 7 RFC822.SIZE 100 BODY[] {100}...)` → { seq: 12, data: {UID: '7', ...} }, or null. */
export function parseFetch(r: WireResponse): { seq: number; data: Map<string, ImapValue> } | null {
  const m = /^\* (\d+) FETCH /i.exec(r.texts[0] ?? '');
  if (!m) return null;
  const [list] = parseValues(r, m[0].length);
  if (!Array.isArray(list)) return null;
  const data = new Map<string, ImapValue>();
  for (let i = 0; i + 1 < list.length; i += 2) {
    const k = list[i];
    if (typeof k === 'string') data.set(k.toUpperCase(), list[i + 1] ?? null);
  }
  return { seq: Number(m[1]), data };
}

/** A quoted string (RFC 3501 4.3) for ASCII without CR/LF; anything else must not be sent this way. */
export function quoted(s: string): string {
  if (/[\r\n\0]/.test(s) || /[^\x20-\x7e]/.test(s)) throw new WireError('value cannot be sent as a quoted string');
  return `"${s.replace(/[\\"]/g, '\\$&')}"`;
}
