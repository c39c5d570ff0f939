/**
 * Domain names on the wire (RFC 1035 3.1, 4.1.4). Text form: labels joined by '.', no trailing dot, root = ''.
 * Octets outside printable ASCII and '.' or '\' inside a label are written as `\DDD` (RFC 1035 5.1 escapes).
 */
import type { ByteWriter } from './bytes.js';
import { WireError, readU8 } from './bytes.js';

/** RFC 1035 2.3.4: labels <= 63 octets, names <= 255 octets on the wire. */
export const MAX_LABEL_OCTETS = 63;
export const MAX_NAME_OCTETS = 255;
/** Compression pointers followed per name before the name is rejected as a loop. */
const MAX_POINTER_HOPS = 64;

function labelToText(octets: number[]): string {
  let s = '';
  for (const c of octets) {
    if (c === 0x2e || c === 0x5c || c <= 0x20 || c >= 0x7f) s += `\\${String(c).padStart(3, '0')}`;
    else s += String.fromCharCode(c);
  }
  return s;
}

/** Splits a text name into label octets, honouring `\DDD` and `\X` escapes. Throws WireError on bad input. */
export function nameToLabels(name: string): Uint8Array[] {
  const text = name.endsWith('.') && !name.endsWith('\\.') ? name.slice(0, -1) : name;
  if (text === '') return [];
  const labels: Uint8Array[] = [];
  let cur: number[] = [];
  let total = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) {
      const dec = /^[0-9]{3}/.exec(text.slice(i + 1, i + 4));
      if (dec) {
        const v = Number(dec[0]);
        if (v > 255) throw new WireError(`bad escape in ${name}`);
        cur.push(v);
        i += 3;
      } else {
        const next = text.charCodeAt(i + 1);
        if (Number.isNaN(next) || next > 0xff) throw new WireError(`bad escape in ${name}`);
        cur.push(next);
        i += 1;
      }
    } else if (ch === 0x2e) {
      labels.push(Uint8Array.from(cur));
      cur = [];
    } else {
      if (ch > 0xff) throw new WireError('name has a character above U+00FF (use the A-label form)');
      cur.push(ch);
    }
  }
  labels.push(Uint8Array.from(cur));
  for (const l of labels) {
    if (l.length === 0) throw new WireError(`empty label in ${name}`);
    if (l.length > MAX_LABEL_OCTETS) throw new WireError(`label longer than 63 octets in ${name}`);
    total += l.length + 1;
  }
  if (total > MAX_NAME_OCTETS) throw new WireError(`name longer than 255 octets: ${name}`);
  return labels;
}

/** Writes a name uncompressed (compression is optional for senders, RFC 1035 4.1.4). */
export function encodeName(w: ByteWriter, name: string): void {
  for (const l of nameToLabels(name)) {
    w.u8(l.length);
    w.bytes(l);
  }
  w.u8(0);
}

/**
 * Reads a possibly compressed name at `off`. Returns the text and the offset just after the name as stored at
 * `off` (a pointer counts 2 octets). Pointers must point strictly backwards and are bounded in number (loops).
 */
export function decodeName(buf: Uint8Array, off: number): { name: string; end: number } {
  const labels: string[] = [];
  let pos = off;
  let end = -1;
  let hops = 0;
  let octets = 1;
  let lowest = off;
  for (;;) {
    const len = readU8(buf, pos);
    if (len === 0) {
      if (end === -1) end = pos + 1;
      break;
    }
    const kind = len & 0xc0;
    if (kind === 0xc0) {
      const ptr = ((len & 0x3f) << 8) | readU8(buf, pos + 1);
      if (end === -1) end = pos + 2;
      if (++hops > MAX_POINTER_HOPS) throw new WireError('too many compression pointers');
      // A pointer to itself or forward can loop; RFC 1035 4.1.4 pointers refer to a prior occurrence.
      if (ptr >= lowest) throw new WireError(`compression pointer ${ptr} does not point backwards`);
      lowest = ptr;
      pos = ptr;
      continue;
    }
    if (kind !== 0) throw new WireError(`unsupported label type 0x${len.toString(16)}`);
    octets += len + 1;
    if (octets > MAX_NAME_OCTETS) throw new WireError('name longer than 255 octets');
    const label: number[] = [];
    for (let i = 1; i <= len; i++) label.push(readU8(buf, pos + i));
    labels.push(labelToText(label));
    pos += len + 1;
  }
  return { name: labels.join('.'), end };
}

/** Case-insensitive name comparison (RFC 4343), ignoring one trailing dot. */
export function sameName(a: string, b: string): boolean {
  const strip = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s).toLowerCase();
  return strip(a) === strip(b);
}
