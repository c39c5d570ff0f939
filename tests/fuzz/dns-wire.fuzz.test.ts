// DNS wire codec (src/core/dns/wire) and the DoH client's handling of hostile responses.
// Invariants: decode(encode(m)) == m for generated messages; decodeMessage never throws and re-encodes what it
// accepted; encodeQuery never throws; the DoH resolver turns any response body into a DnsResult status.
import fc from 'fast-check';
import { decodeMessage, encodeMessage, encodeQuery, type DnsMessage, type WireRecord } from '../../src/core/dns/wire/message.js';
import { WireError } from '../../src/core/dns/wire/bytes.js';
import { sameName } from '../../src/core/dns/wire/name.js';
import { base64UrlDecode, base64UrlEncode } from '../../src/core/dns/wire/base64url.js';
import { formatIp } from '../../src/core/dns/ip.js';
import { TYPE_CODES } from '../../src/core/dns/wire/types.js';
import { createDohResolver } from '../../src/core/dns/doh-resolver.js';
import type { DnsRecord, DnsStatus, RRType } from '../../src/core/dns/types.js';
import { NUM_RUNS, anyText, latin1String, timed, timedAsync } from './fuzz-util.js';

/** Text form of a label, as RFC 1035 5.1 escaping defines it (independent re-statement of name.ts). */
function labelText(bytes: number[]): string {
  return bytes
    .map((c) => (c === 0x2e || c === 0x5c || c <= 0x20 || c >= 0x7f ? `\\${String(c).padStart(3, '0')}` : String.fromCharCode(c)))
    .join('');
}

const labelArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_-]{1,20}$/) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 30 }).map(labelText) },
);
/** Names within the 255-octet limit (at most 5 labels of <= 30 octets). */
const nameArb = fc.array(labelArb, { minLength: 0, maxLength: 5 }).map((ls) => ls.join('.'));
const ttlArb = fc.integer({ min: 0, max: 0x7fffffff });
const u32Arb = fc.integer({ min: 0, max: 0xffffffff });

const recordArb: fc.Arbitrary<DnsRecord> = fc.oneof(
  fc.record({ type: fc.constant('A' as const), name: nameArb, ttl: ttlArb, data: fc.ipV4() }),
  fc.record({
    type: fc.constant('AAAA' as const),
    name: nameArb,
    ttl: ttlArb,
    data: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => formatIp({ family: 6, bytes })),
  }),
  fc.record({ type: fc.constantFrom('PTR' as const, 'CNAME' as const, 'NS' as const), name: nameArb, ttl: ttlArb, data: nameArb }),
  fc.record({
    type: fc.constant('MX' as const),
    name: nameArb,
    ttl: ttlArb,
    preference: fc.integer({ min: 0, max: 0xffff }),
    exchange: nameArb,
  }),
  fc.record({ type: fc.constant('TXT' as const), name: nameArb, ttl: ttlArb, strings: fc.array(latin1String(255), { maxLength: 4 }) }),
  fc.record({
    type: fc.constant('SOA' as const),
    name: nameArb,
    ttl: ttlArb,
    mname: nameArb,
    rname: nameArb,
    serial: u32Arb,
    minimum: u32Arb,
  }),
);

const knownCodes = new Set(Object.values(TYPE_CODES));
const wireRecordArb: fc.Arbitrary<WireRecord> = fc.oneof(
  { weight: 4, arbitrary: recordArb.map((record): WireRecord => ({ known: true, class: 1, record })) },
  {
    weight: 1,
    arbitrary: fc.record({
      known: fc.constant(false as const),
      name: nameArb,
      type: fc.integer({ min: 0, max: 0xffff }).filter((t) => !knownCodes.has(t)),
      class: fc.integer({ min: 0, max: 0xffff }),
      ttl: ttlArb,
      rdata: fc.uint8Array({ maxLength: 64 }),
    }),
  },
);

const messageArb: fc.Arbitrary<DnsMessage> = fc.record({
  id: fc.integer({ min: 0, max: 0xffff }),
  flags: fc.record({
    qr: fc.boolean(),
    opcode: fc.integer({ min: 0, max: 15 }),
    aa: fc.boolean(),
    tc: fc.boolean(),
    rd: fc.boolean(),
    ra: fc.boolean(),
    ad: fc.boolean(),
    cd: fc.boolean(),
    rcode: fc.integer({ min: 0, max: 15 }),
  }),
  questions: fc.array(fc.record({ name: nameArb, type: fc.integer({ min: 0, max: 0xffff }), class: fc.integer({ min: 0, max: 0xffff }) }), {
    maxLength: 3,
  }),
  answers: fc.array(wireRecordArb, { maxLength: 6 }),
  authorities: fc.array(wireRecordArb, { maxLength: 3 }),
  additionals: fc.array(wireRecordArb, { maxLength: 3 }),
});

/** Flips/overwrites/truncates bytes of a valid encoding. */
const corruptedArb = fc
  .tuple(messageArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.option(fc.nat()))
  .map(([m, edits, cut]) => {
    const b = encodeMessage(m);
    for (const [at, v] of edits) if (b.length > 0) b[at % b.length] = v;
    return cut === null || b.length === 0 ? b : b.subarray(0, cut % (b.length + 1));
  });

describe('DNS wire codec (fuzz)', () => {
  it('decode(encode(m)) round-trips generated messages', () => {
    fc.assert(
      fc.property(messageArb, (m) => {
        const bytes = timed('encodeMessage', () => encodeMessage(m));
        const back = timed('decodeMessage', () => decodeMessage(bytes));
        expect(back).toEqual({ ok: true, message: m });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('decodeMessage never throws on arbitrary or corrupted bytes, and what it accepts re-encodes to the same message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), corruptedArb), (buf) => {
        const r = timed('decodeMessage', () => decodeMessage(buf));
        if (!r.ok) {
          expect(typeof r.error).toBe('string');
          return;
        }
        let again: Uint8Array;
        try {
          again = encodeMessage(r.message);
        } catch (e) {
          // Only an expansion past 65535 octets (compressed names written uncompressed) may refuse to encode.
          expect(e).toBeInstanceOf(WireError);
          return;
        }
        expect(decodeMessage(again)).toEqual(r);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('compression pointer chains and loops are rejected in bounded time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x3fff }), { minLength: 1, maxLength: 200 }), (ptrs) => {
        const head = [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
        const body = ptrs.flatMap((p) => [0xc0 | (p >> 8), p & 0xff]);
        const r = timed('decodeMessage', () => decodeMessage(Uint8Array.from([...head, ...body, 0, 1, 0, 1])));
        expect(r.ok === true || typeof r.error === 'string').toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('encodeQuery never throws; accepted names decode as one question for the same name', () => {
    fc.assert(
      fc.property(
        fc.oneof(nameArb, anyText(300)),
        fc.constantFrom<RRType>('A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS', 'SOA'),
        (name, type) => {
          const q = timed('encodeQuery', () => encodeQuery(name, type));
          if (!q.ok) return;
          const d = decodeMessage(q.bytes);
          expect(d.ok).toBe(true);
          if (!d.ok) return;
          expect(d.message.questions).toHaveLength(1);
          expect(d.message.questions[0]?.type).toBe(TYPE_CODES[type]);
          expect(q.bytes.length).toBeLessThanOrEqual(12 + 255 + 4);
          const asked = d.message.questions[0]?.name ?? '';
          // Re-encoding the decoded text gives the same octets (text form is canonical for the wire name).
          const again = encodeQuery(asked, type);
          expect(again.ok && Buffer.from(again.bytes).equals(Buffer.from(q.bytes))).toBe(true);
          if (/^[\x21-\x5b\x5d-\x7e]*$/.test(name)) expect(sameName(asked, name)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('base64url: decode(encode(b)) == b; garbage decodes to null or bytes, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), anyText(200), (b, s) => {
        const enc = base64UrlEncode(b);
        expect(enc).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64UrlDecode(enc)).toEqual(b);
        const g = timed('base64UrlDecode', () => base64UrlDecode(s));
        expect(g === null || g instanceof Uint8Array).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

const STATUSES: DnsStatus[] = ['ok', 'nxdomain', 'nodata', 'servfail', 'timeout', 'error', 'offline'];

describe('DoH resolver on hostile responses (fuzz)', () => {
  it('any response (garbage, corrupted, valid-but-unrelated, odd HTTP) becomes a DnsResult, never a throw', async () => {
    const responseArb = fc.record({
      status: fc.oneof(fc.constant(200), fc.integer({ min: 0, max: 999 })),
      contentType: fc.oneof(fc.constant('application/dns-message'), fc.constant(null), anyText(40)),
      body: fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        corruptedArb,
        messageArb.map((m) => encodeMessage(m)),
      ),
      reject: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    });
    await fc.assert(
      fc.asyncProperty(responseArb, async (res) => {
        const resolver = createDohResolver({
          endpoints: ['https://doh.invalid/dns-query'],
          now: () => performance.now(),
          transport: () =>
            res.reject
              ? Promise.reject(new Error('boom'))
              : Promise.resolve({ status: res.status, contentType: res.contentType, body: res.body }),
        });
        const r = await timedAsync('resolver.query', () => resolver.query('example.jp', 'TXT'));
        expect(STATUSES).toContain(r.status);
        expect(Array.isArray(r.records)).toBe(true);
        if (r.status === 'ok') expect(r.records.every((x) => x.type === 'TXT')).toBe(true);
      }),
      { numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });
});
