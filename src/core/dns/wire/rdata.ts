/**
 * RDATA codecs, one encode/decode pair per supported type (RFC 1035 3.3-3.4, RFC 3596 2.2).
 * decode(buf, off, len): `buf` is the whole message so compressed names inside RDATA resolve (RFC 1035 4.1.4).
 */
import type { DnsRecord, RRType } from '../types.js';
import { parseIPv4, parseIPv6, formatIp } from '../ip.js';
import type { ByteWriter } from './bytes.js';
import { WireError, latin1Decode, latin1Encode, readBytes, readU16, readU32, readU8 } from './bytes.js';
import { decodeName, encodeName } from './name.js';

type Rec<T extends RRType> = DnsRecord & { type: T };
type Head = { name: string; ttl: number };

export interface RdataCodec<T extends RRType> {
  encode(w: ByteWriter, rec: Rec<T>): void;
  decode(buf: Uint8Array, off: number, len: number, head: Head): Rec<T>;
}

function expectEnd(used: number, len: number, type: string): void {
  if (used !== len) throw new WireError(`${type} RDATA length ${len} does not match its content (${used})`);
}

const a: RdataCodec<'A'> = {
  encode(w, rec) {
    const b = parseIPv4(rec.data);
    if (!b) throw new WireError(`not an IPv4 address: ${rec.data}`);
    w.bytes(b);
  },
  decode(buf, off, len, head) {
    expectEnd(4, len, 'A');
    return { type: 'A', ...head, data: formatIp({ family: 4, bytes: readBytes(buf, off, 4) }) };
  },
};

const aaaa: RdataCodec<'AAAA'> = {
  encode(w, rec) {
    const b = parseIPv6(rec.data);
    if (!b) throw new WireError(`not an IPv6 address: ${rec.data}`);
    w.bytes(b);
  },
  decode(buf, off, len, head) {
    expectEnd(16, len, 'AAAA');
    return { type: 'AAAA', ...head, data: formatIp({ family: 6, bytes: readBytes(buf, off, 16) }) };
  },
};

function nameCodec<T extends 'PTR' | 'CNAME' | 'NS'>(type: T): RdataCodec<T> {
  return {
    encode(w, rec) {
      encodeName(w, rec.data);
    },
    decode(buf, off, len, head) {
      const n = decodeName(buf, off);
      expectEnd(n.end - off, len, type);
      return { type, ...head, data: n.name } as Rec<T>;
    },
  };
}

const mx: RdataCodec<'MX'> = {
  encode(w, rec) {
    w.u16(rec.preference);
    encodeName(w, rec.exchange);
  },
  decode(buf, off, len, head) {
    const preference = readU16(buf, off);
    const n = decodeName(buf, off + 2);
    expectEnd(n.end - off, len, 'MX');
    return { type: 'MX', ...head, preference, exchange: n.name };
  },
};

/** RFC 1035 3.3.14: one or more <character-string>s, each a length octet + up to 255 octets. */
const txt: RdataCodec<'TXT'> = {
  encode(w, rec) {
    for (const s of rec.strings) {
      const b = latin1Encode(s);
      if (b.length > 255) throw new WireError('TXT character-string longer than 255 octets');
      w.u8(b.length);
      w.bytes(b);
    }
  },
  decode(buf, off, len, head) {
    const strings: string[] = [];
    let pos = off;
    const stop = off + len;
    while (pos < stop) {
      const n = readU8(buf, pos);
      if (pos + 1 + n > stop) throw new WireError('TXT character-string runs past RDATA');
      strings.push(latin1Decode(readBytes(buf, pos + 1, n)));
      pos += 1 + n;
    }
    return { type: 'TXT', ...head, strings };
  },
};

const soa: RdataCodec<'SOA'> = {
  encode(w, rec) {
    encodeName(w, rec.mname);
    encodeName(w, rec.rname);
    // refresh/retry/expire are not modelled; written as 0.
    for (const v of [rec.serial, 0, 0, 0, rec.minimum]) w.u32(v);
  },
  decode(buf, off, len, head) {
    const m = decodeName(buf, off);
    const r = decodeName(buf, m.end);
    const serial = readU32(buf, r.end);
    const minimum = readU32(buf, r.end + 16);
    expectEnd(r.end + 20 - off, len, 'SOA');
    return { type: 'SOA', ...head, mname: m.name, rname: r.name, serial, minimum };
  },
};

export const RDATA_CODECS: { readonly [T in RRType]: RdataCodec<T> } = {
  A: a,
  AAAA: aaaa,
  PTR: nameCodec('PTR'),
  CNAME: nameCodec('CNAME'),
  NS: nameCodec('NS'),
  MX: mx,
  TXT: txt,
  SOA: soa,
};

export function encodeRdata(w: ByteWriter, rec: DnsRecord): void {
  (RDATA_CODECS[rec.type] as RdataCodec<typeof rec.type>).encode(w, rec as never);
}

export function decodeRdata(type: RRType, buf: Uint8Array, off: number, len: number, head: Head): DnsRecord {
  return (RDATA_CODECS[type] as RdataCodec<RRType>).decode(buf, off, len, head);
}
