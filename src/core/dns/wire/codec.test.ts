import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { DnsRecord } from '../types.js';
import { decodeMessage, encodeMessage, encodeQuery, NO_FLAGS, type DnsMessage, type WireRecord } from './message.js';
import { decodeName, encodeName, nameToLabels } from './name.js';
import { ByteWriter } from './bytes.js';
import { base64UrlDecode, base64UrlEncode } from './base64url.js';
import { interpretResponse } from '../answer.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function msgWith(records: DnsRecord[]): DnsMessage {
  const answers: WireRecord[] = records.map((record) => ({ known: true, class: 1, record }));
  return {
    id: 0x1234,
    flags: { ...NO_FLAGS, qr: true, rd: true, ra: true, ad: true },
    questions: [{ name: 'example.org', type: 1, class: 1 }],
    answers,
    authorities: [],
    additionals: [],
  };
}

describe('rdata codecs round-trip (one encode/decode pair per type)', () => {
  const cases: DnsRecord[] = [
    { type: 'A', name: 'a.example.org', ttl: 60, data: '52.140.204.1' },
    { type: 'AAAA', name: 'a.example.org', ttl: 60, data: '2001:db8::1' },
    { type: 'PTR', name: '1.204.140.52.in-addr.arpa', ttl: 60, data: 'host.example.org' },
    { type: 'CNAME', name: 'www.example.org', ttl: 60, data: 'example.org' },
    { type: 'NS', name: 'example.org', ttl: 60, data: 'ns1.example.org' },
    { type: 'MX', name: 'example.org', ttl: 60, preference: 10, exchange: 'mx.example.org' },
    { type: 'TXT', name: 'example.org', ttl: 60, strings: ['v=spf1 -all', '', 'caf\u00e9\u00ff'] },
    {
      type: 'SOA',
      name: 'example.org',
      ttl: 60,
      mname: 'ns1.example.org',
      rname: 'hostmaster.example.org',
      serial: 2023111401,
      minimum: 300,
    },
  ];
  for (const rec of cases) {
    it(rec.type, () => {
      const bytes = encodeMessage(msgWith([rec]));
      const d = decodeMessage(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.message.answers).toEqual([{ known: true, class: 1, record: rec }]);
      expect(encodeMessage(d.message)).toEqual(bytes);
    });
  }
  it('TXT: property round-trip of arbitrary latin1 character-strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 255 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (strings) => {
          const rec: DnsRecord = { type: 'TXT', name: 't.example', ttl: 1, strings };
          const d = decodeMessage(encodeMessage(msgWith([rec])));
          return d.ok && JSON.stringify(d.message.answers[0]) === JSON.stringify({ known: true, class: 1, record: rec });
        },
      ),
    );
  });
  it('rejects a TXT string over 255 octets and an RDATA length that does not match', () => {
    expect(() => encodeMessage(msgWith([{ type: 'TXT', name: 'x', ttl: 1, strings: ['a'.repeat(256)] }]))).toThrow();
    const bytes = encodeMessage(msgWith([{ type: 'A', name: 'x', ttl: 1, data: '1.2.3.4' }]));
    const bad = bytes.slice();
    bad[bad.length - 5] = 5; // RDLENGTH low octet: claims 5 octets
    expect(decodeMessage(bad).ok).toBe(false);
  });
  it('unknown types survive as raw RDATA', () => {
    const m = msgWith([]);
    m.answers.push({ known: false, name: 'example.org', type: 46, class: 1, ttl: 5, rdata: Uint8Array.of(1, 2, 3) });
    const d = decodeMessage(encodeMessage(m));
    expect(d.ok && d.message.answers[0]).toEqual(m.answers[0]);
  });
});

describe('names', () => {
  it('decodes compression pointers and rejects loops and forward pointers', () => {
    const w = new ByteWriter();
    encodeName(w, 'example.org'); // offset 0
    w.u8(3);
    w.bytes(Uint8Array.of(0x77, 0x77, 0x77));
    w.u8(0xc0);
    w.u8(0); // www + ptr->0 at offset 13
    const buf = w.finish();
    expect(decodeName(buf, 13)).toEqual({ name: 'www.example.org', end: 19 });
    expect(() => decodeName(Uint8Array.of(0xc0, 0x00), 0)).toThrow(/backwards/);
    expect(() => decodeName(Uint8Array.of(0x01, 0x61, 0xc0, 0x00), 0)).toThrow(/backwards/);
    expect(() => decodeName(Uint8Array.of(0xc0, 0x05, 0, 0, 0, 0xc0, 0x00), 0)).toThrow(/backwards/);
    expect(() => decodeName(Uint8Array.of(0x40), 0)).toThrow(/label type/);
    expect(() => decodeName(Uint8Array.of(0x05, 0x61), 0)).toThrow(/past end/);
  });
  it('escapes odd octets and enforces label/name limits', () => {
    const w = new ByteWriter();
    encodeName(w, 'a\\.b.c\\032d');
    expect(decodeName(w.finish(), 0).name).toBe('a\\046b.c\\032d');
    expect(() => nameToLabels(`${'a'.repeat(64)}.org`)).toThrow(/63/);
    expect(() => nameToLabels(Array(130).fill('ab').join('.'))).toThrow(/255/);
    expect(() => nameToLabels('a..b')).toThrow(/empty/);
    expect(nameToLabels('example.org.').length).toBe(2);
  });
});

describe('message decoding never throws on garbage', () => {
  it('fuzz', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeMessage(b);
        return typeof r.ok === 'boolean';
      }),
    );
  });
});

describe('base64url', () => {
  it('round-trips without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        const s = base64UrlEncode(b);
        return !/[=+/]/.test(s) && toHex(base64UrlDecode(s) ?? Uint8Array.of(1, 2, 3, 4, 5)) === toHex(b);
      }),
    );
    expect(base64UrlDecode('a*b')).toBeNull();
  });
});

describe('RFC 8484 vectors from lieser/dkim_verifier', () => {
  const file = JSON.parse(readFileSync(`${SHARED}/conformance/dns-doh-lieser/dohSpec.vectors.json`, 'utf8')) as {
    tests: { title: string; cases: { callee: string; args: unknown[] }[]; otherAssertions?: { args: unknown[] }[] }[];
  };
  for (const t of file.tests.slice(0, 4)) {
    it(t.title, () => {
      const [queryHex, responseHex] = t.cases.find((c) => c.callee === 'CreateQueryFunction')!.args as [string, string];
      const name = t.cases.find((c) => c.callee === 'txt')!.args[0] as string;
      // Our query bytes are identical: ID 0, RD + AD (0x0120), one IN TXT question.
      const q = encodeQuery(name, 'TXT');
      expect(q.ok && toHex(q.bytes)).toBe(queryHex);
      const dq = decodeMessage(hex(queryHex));
      expect(dq.ok && toHex(encodeMessage(dq.message))).toBe(queryHex);
      const d = decodeMessage(hex(responseHex));
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      const r = interpretResponse(d.message, name, 'TXT', 0);
      const expected = t.otherAssertions?.[0]?.args[0] as string | undefined;
      if (expected === undefined) {
        expect(r.status).toBe('nxdomain');
        expect(r.negativeTtl).toBeGreaterThan(0);
      } else {
        expect(r.status).toBe('ok');
        expect(r.records).toHaveLength(1);
        const rec = r.records[0]!;
        expect(rec.type === 'TXT' && rec.strings.join('')).toBe(expected);
      }
      expect(r.ad).toBe(t.title.startsWith('DNSSEC'));
      if (t.title.includes('CNAME')) expect(r.cnames).toHaveLength(1);
    });
  }
});
