// Received header parsing (src/core/parse/received): parseReceived never throws, stays linear, and recovers the
// client IP / HELO / by host of well-formed stamps in the common MTA shapes; buildHops honours maxReceived.
import fc from 'fast-check';
import { parseReceived } from '../../src/core/parse/received/parse-received.js';
import { tokenizeReceived, MAX_VALUE } from '../../src/core/parse/received/tokenize.js';
import { buildHops } from '../../src/core/parse/received/build-hops.js';
import { normalizeIp } from '../../src/core/parse/received/ip.js';
import type { HeaderField } from '../../src/core/model/message.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const dateArb = fc.constantFrom(
  'Tue, 14 Nov 2023 09:12:35 +0900',
  'Mon, 1 Jan 2024 00:00:00 -0000 (UTC)',
  '14 Nov 2023 09:12:35 GMT',
  'Tue Nov 14 09:12:35 2023',
);
const ipArb = fc.oneof(fc.ipV4(), fc.ipV6());
const stampArb = fc.record({
  helo: domainArb,
  rdns: domainArb,
  ip: ipArb,
  by: domainArb,
  proto: fc.constantFrom('ESMTP', 'ESMTPS', 'ESMTPSA', 'SMTP', 'LMTP'),
  id: fc.stringMatching(/^[A-Za-z0-9]{4,16}$/),
  date: dateArb,
  shape: fc.nat(3),
});

function render(s: { helo: string; rdns: string; ip: string; by: string; proto: string; id: string; date: string; shape: number }): string {
  const lit = s.ip.includes(':') ? `IPv6:${s.ip}` : s.ip;
  switch (s.shape) {
    case 0:
      return `from ${s.helo} (${s.rdns} [${lit}]) by ${s.by} with ${s.proto} id ${s.id}; ${s.date}`; // Postfix/sendmail
    case 1:
      return `from ${s.helo} ([${lit}]) by ${s.by} (Postfix) with ${s.proto} id ${s.id}\r\n\tfor <u@example.jp>; ${s.date}`;
    case 2:
      return `from ${s.rdns} ([${lit}] helo=${s.helo})\r\n\tby ${s.by} with ${s.proto} (Exim 4.96)\r\n\tid ${s.id}; ${s.date}`; // Exim
    default:
      return `from ${s.helo} (${s.rdns}. [${lit}])\r\n by ${s.by} with ${s.proto} id ${s.id};\r\n ${s.date}`;
  }
}

function checkHop(value: string, index: number): void {
  const hop = timed('parseReceived', () => parseReceived(value, index));
  expect(hop.index).toBe(index);
  expect(hop.raw).toBe(value);
  if (hop.ip !== null) expect(normalizeIp(hop.ip)).toBe(hop.ip);
  expect(hop.timestamp === null || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(hop.timestamp)).toBe(true);
  expect(() => JSON.stringify(hop)).not.toThrow();
}

describe('parseReceived (fuzz)', () => {
  it('never throws on arbitrary text; ip is normalized; timestamp ISO or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText(600), grammarString(600, ['from ', ' by ', ' with ', ' id ', ' for ', 'helo=', '[', 'IPv6:', ';'])),
        fc.nat(200),
        (v, i) => checkHop(v, i),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on mutated real-looking stamps', () => {
    fc.assert(
      fc.property(mutated(stampArb.map(render), 6), (v) => checkHop(v, 0)),
      { numRuns: NUM_RUNS },
    );
  });

  it('recovers ip / by / protocol / timestamp from well-formed stamps', () => {
    fc.assert(
      fc.property(stampArb, (s) => {
        const hop = parseReceived(render(s), 3);
        expect(hop.ip).toBe(normalizeIp(s.ip));
        expect(hop.by).toBe(s.by);
        expect(hop.with).toBe(s.proto);
        expect(hop.timestamp).not.toBeNull();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('tokenizer is bounded: 100 KB of nested comments, brackets or quotes', () => {
    for (const unit of ['(', ')', '((a)', '[', '"', '\\(', ';', 'from ', '(from x [1.2.3.4] ']) {
      const v = unit.repeat(Math.ceil(100_000 / unit.length));
      const toks = timed('tokenizeReceived(100KB)', () => tokenizeReceived(v), 500);
      expect(toks.every((t) => t.start < MAX_VALUE)).toBe(true);
      checkHop(v, 0);
    }
  });
});

describe('buildHops (fuzz)', () => {
  it('honours maxReceived and keeps top-down indexes', () => {
    const field = (value: string): HeaderField => ({ name: 'Received', key: 'received', value, raw: `Received: ${value}\r\n` });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(stampArb.map(render), anyText(200)), { maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (values, maxReceived) => {
          const { hops, warnings } = timed('buildHops', () => buildHops(values.map(field), { maxReceived }));
          expect(hops.length).toBeLessThanOrEqual(Math.min(values.length, maxReceived));
          hops.forEach((h, i) => expect(h.index).toBe(i));
          expect(Array.isArray(warnings)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
