/** Bounds-checked byte reader/writer for the DNS wire codec. Reader errors are WireError, caught at the codec boundary. */

export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

/** RFC 1035 4.2.1 / RFC 8484 4.2: a DNS message is at most 65535 octets. */
export const MAX_MESSAGE_OCTETS = 65535;

export class ByteWriter {
  private buf = new Uint8Array(512);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n > MAX_MESSAGE_OCTETS) throw new WireError('message longer than 65535 octets');
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.min(MAX_MESSAGE_OCTETS, Math.max(this.buf.length * 2, this.length + n)));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.length++] = v & 0xff;
  }
  u16(v: number): void {
    this.ensure(2);
    this.buf[this.length++] = (v >>> 8) & 0xff;
    this.buf[this.length++] = v & 0xff;
  }
  u32(v: number): void {
    this.u16((v >>> 16) & 0xffff);
    this.u16(v & 0xffff);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /** Overwrites a 16-bit value at an earlier offset (RDLENGTH back-patching). */
  patchU16(at: number, v: number): void {
    this.buf[at] = (v >>> 8) & 0xff;
    this.buf[at + 1] = v & 0xff;
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export function readU8(buf: Uint8Array, off: number): number {
  const v = buf[off];
  if (v === undefined) throw new WireError(`read past end at ${off}`);
  return v;
}

export function readU16(buf: Uint8Array, off: number): number {
  return (readU8(buf, off) << 8) | readU8(buf, off + 1);
}

export function readU32(buf: Uint8Array, off: number): number {
  return readU16(buf, off) * 0x10000 + readU16(buf, off + 2);
}

export function readBytes(buf: Uint8Array, off: number, len: number): Uint8Array {
  if (off + len > buf.length) throw new WireError(`read of ${len} octets past end at ${off}`);
  return buf.subarray(off, off + len);
}

/** latin1: one character per octet (TXT character-strings, RFC 1035 3.3). */
export function latin1Decode(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** Inverse of latin1Decode; code points above U+00FF are an error (they cannot be one octet). */
export function latin1Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new WireError('character above U+00FF in a latin1 string');
    out[i] = c;
  }
  return out;
}
