/**
 * DNS messages (RFC 1035 4.1) on Uint8Array: encodeMessage/decodeMessage round-trip, encodeQuery for the DoH
 * client. Records of types the project does not model (RRSIG, OPT...) decode as `unknown` with raw RDATA.
 */
import type { DnsRecord, RRType } from '../types.js';
import { ByteWriter, WireError, MAX_MESSAGE_OCTETS, readBytes, readU16, readU32 } from './bytes.js';
import { decodeName, encodeName } from './name.js';
import { decodeRdata, encodeRdata } from './rdata.js';
import { CLASS_IN, TYPE_CODES, typeName } from './types.js';

export interface Flags {
  qr: boolean;
  opcode: number;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  /** RFC 4035 3.2.3 / RFC 6840 5.7: authenticated data. */
  ad: boolean;
  /** RFC 4035 3.2.2: checking disabled. */
  cd: boolean;
  rcode: number;
}

export interface Question {
  name: string;
  type: number;
  class: number;
}

export type WireRecord =
  | { known: true; class: number; record: DnsRecord }
  | { known: false; name: string; type: number; class: number; ttl: number; rdata: Uint8Array };

export interface DnsMessage {
  id: number;
  flags: Flags;
  questions: Question[];
  answers: WireRecord[];
  authorities: WireRecord[];
  additionals: WireRecord[];
}

export const NO_FLAGS: Flags = Object.freeze({
  qr: false,
  opcode: 0,
  aa: false,
  tc: false,
  rd: false,
  ra: false,
  ad: false,
  cd: false,
  rcode: 0,
});

/** Records per section accepted on decode: far above any honest answer, bounds work on hostile input. */
const MAX_RECORDS_PER_SECTION = 1000;

function flagsToU16(f: Flags): number {
  return (
    (f.qr ? 0x8000 : 0) |
    ((f.opcode & 0xf) << 11) |
    (f.aa ? 0x400 : 0) |
    (f.tc ? 0x200 : 0) |
    (f.rd ? 0x100 : 0) |
    (f.ra ? 0x80 : 0) |
    (f.ad ? 0x20 : 0) |
    (f.cd ? 0x10 : 0) |
    (f.rcode & 0xf)
  );
}

function u16ToFlags(v: number): Flags {
  return {
    qr: (v & 0x8000) !== 0,
    opcode: (v >> 11) & 0xf,
    aa: (v & 0x400) !== 0,
    tc: (v & 0x200) !== 0,
    rd: (v & 0x100) !== 0,
    ra: (v & 0x80) !== 0,
    ad: (v & 0x20) !== 0,
    cd: (v & 0x10) !== 0,
    rcode: v & 0xf,
  };
}

function encodeRecord(w: ByteWriter, r: WireRecord): void {
  const name = r.known ? r.record.name : r.name;
  encodeName(w, name);
  w.u16(r.known ? TYPE_CODES[r.record.type] : r.type);
  w.u16(r.class);
  w.u32(r.known ? r.record.ttl : r.ttl);
  const lenAt = w.length;
  w.u16(0);
  if (r.known) encodeRdata(w, r.record);
  else w.bytes(r.rdata);
  const rdlen = w.length - lenAt - 2;
  if (rdlen > 0xffff) throw new WireError('RDATA longer than 65535 octets');
  w.patchU16(lenAt, rdlen);
}

/** Encodes a message (uncompressed). Throws WireError on unencodable content; see encodeQuery for a safe wrapper. */
export function encodeMessage(m: DnsMessage): Uint8Array {
  const w = new ByteWriter();
  w.u16(m.id);
  w.u16(flagsToU16(m.flags));
  w.u16(m.questions.length);
  w.u16(m.answers.length);
  w.u16(m.authorities.length);
  w.u16(m.additionals.length);
  for (const q of m.questions) {
    encodeName(w, q.name);
    w.u16(q.type);
    w.u16(q.class);
  }
  for (const sec of [m.answers, m.authorities, m.additionals]) for (const r of sec) encodeRecord(w, r);
  return w.finish();
}

function decodeRecord(buf: Uint8Array, off: number): { rec: WireRecord; end: number } {
  const n = decodeName(buf, off);
  const type = readU16(buf, n.end);
  const klass = readU16(buf, n.end + 2);
  // RFC 2181 8: a TTL with the top bit set is treated as zero.
  const rawTtl = readU32(buf, n.end + 4);
  const ttl = rawTtl > 0x7fffffff ? 0 : rawTtl;
  const rdlen = readU16(buf, n.end + 8);
  const start = n.end + 10;
  const rdata = readBytes(buf, start, rdlen);
  const t = typeName(type);
  const rec: WireRecord =
    t !== null && klass === CLASS_IN
      ? { known: true, class: klass, record: decodeRdata(t, buf, start, rdlen, { name: n.name, ttl }) }
      : { known: false, name: n.name, type, class: klass, ttl, rdata: rdata.slice() };
  return { rec, end: start + rdlen };
}

export type DecodeResult = { ok: true; message: DnsMessage } | { ok: false; error: string };

/** Decodes a DNS message. Never throws: malformed input gives `{ ok: false, error }`. */
export function decodeMessage(buf: Uint8Array): DecodeResult {
  try {
    if (buf.length > MAX_MESSAGE_OCTETS) return { ok: false, error: 'message longer than 65535 octets' };
    if (buf.length < 12) return { ok: false, error: `message shorter than the 12-octet header (${buf.length})` };
    const id = readU16(buf, 0);
    const flags = u16ToFlags(readU16(buf, 2));
    const counts = [readU16(buf, 4), readU16(buf, 6), readU16(buf, 8), readU16(buf, 10)] as const;
    if (counts.some((c) => c > MAX_RECORDS_PER_SECTION)) return { ok: false, error: 'too many records in a section' };
    let pos = 12;
    const questions: Question[] = [];
    for (let i = 0; i < counts[0]; i++) {
      const n = decodeName(buf, pos);
      questions.push({ name: n.name, type: readU16(buf, n.end), class: readU16(buf, n.end + 2) });
      pos = n.end + 4;
    }
    const sections: WireRecord[][] = [[], [], []];
    for (let s = 0; s < 3; s++) {
      for (let i = 0; i < (counts[s + 1] ?? 0); i++) {
        const r = decodeRecord(buf, pos);
        sections[s]?.push(r.rec);
        pos = r.end;
      }
    }
    if (pos !== buf.length) return { ok: false, error: `${buf.length - pos} trailing octets after the last record` };
    return {
      ok: true,
      message: { id, flags, questions, answers: sections[0] ?? [], authorities: sections[1] ?? [], additionals: sections[2] ?? [] },
    };
  } catch (e) {
    return { ok: false, error: e instanceof WireError ? e.message : `malformed message: ${String(e)}` };
  }
}

export type EncodeResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/**
 * A standard query (RFC 1035 4.1.1) with RD set and AD set to ask for the AD bit (RFC 6840 5.7).
 * RFC 8484 4.1: the ID SHOULD be 0 for HTTP cache friendliness.
 */
export function encodeQuery(name: string, type: RRType, id = 0): EncodeResult {
  try {
    const bytes = encodeMessage({
      id,
      flags: { ...NO_FLAGS, rd: true, ad: true },
      questions: [{ name, type: TYPE_CODES[type], class: CLASS_IN }],
      answers: [],
      authorities: [],
      additionals: [],
    });
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, error: e instanceof WireError ? e.message : String(e) };
  }
}
