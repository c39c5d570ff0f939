// SPF record parser (src/core/auth/spf/record.ts): never throws, limits hold, generated records parse to the
// exact mechanism list; any syntax error anywhere is an error result (RFC 7208 4.6).
import fc from 'fast-check';
import { parseSpfRecord, isSpfRecord, checkDomainSpec, MAX_RECORD_LENGTH, MAX_TERMS } from '../../src/core/auth/spf/record.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const qual = fc.constantFrom('', '+', '-', '~', '?');
const termArb = fc.oneof(
  fc.tuple(qual, domainArb).map(([q, d]) => ({ text: `${q}include:${d}`, kind: 'include' })),
  fc
    .tuple(qual, fc.ipV4(), fc.option(fc.integer({ min: 0, max: 32 })))
    .map(([q, ip, c]) => ({ text: `${q}ip4:${ip}${c === null ? '' : `/${c}`}`, kind: 'ip4' })),
  fc
    .tuple(qual, fc.ipV6(), fc.option(fc.integer({ min: 0, max: 128 })))
    .map(([q, ip, c]) => ({ text: `${q}ip6:${ip}${c === null ? '' : `/${c}`}`, kind: 'ip6' })),
  fc
    .tuple(qual, fc.constantFrom('a', 'mx'), fc.option(domainArb), fc.option(fc.integer({ min: 0, max: 32 })))
    .map(([q, m, d, c]) => ({ text: `${q}${m}${d === null ? '' : `:${d}`}${c === null ? '' : `/${c}`}`, kind: m })),
  fc
    .tuple(qual, fc.constantFrom('%{i}._spf.%{d}', '%{ir}.%{v}._spf.%{d2}', '%{l1r-}.example.com'))
    .map(([q, d]) => ({ text: `${q}exists:${d}`, kind: 'exists' })),
  qual.map((q) => ({ text: `${q}ptr`, kind: 'ptr' })),
);
const recordArb = fc.tuple(fc.array(termArb, { maxLength: 12 }), fc.option(domainArb), fc.boolean()).map(([terms, redirect, all]) => ({
  terms,
  redirect,
  all,
  text: ['v=spf1', ...terms.map((t) => t.text), ...(all ? ['-all'] : []), ...(redirect ? [`redirect=${redirect}`] : [])].join(' '),
}));

function check(text: string): void {
  const r = timed('parseSpfRecord', () => parseSpfRecord(text));
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    return;
  }
  expect(isSpfRecord(text)).toBe(true);
  expect(text.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
  expect(text).toMatch(/^[\x20-\x7e]*$/);
  expect(r.record.mechanisms.length).toBeLessThanOrEqual(MAX_TERMS);
  for (const m of r.record.mechanisms) {
    expect(text.includes(m.text)).toBe(true);
    if (m.kind === 'ip4') expect(m.prefix).toBeLessThanOrEqual(32);
    if (m.kind === 'ip6') expect(m.prefix).toBeLessThanOrEqual(128);
    if (m.kind === 'a' || m.kind === 'mx') expect(m.cidr4 <= 32 && m.cidr6 <= 128).toBe(true);
  }
}

describe('parseSpfRecord (fuzz)', () => {
  it('never throws on arbitrary text (with and without the v=spf1 prefix)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(400),
          anyText(300).map((s) => `v=spf1 ${s}`),
          grammarString(400).map((s) => `v=spf1 ${s}`),
        ),
        check,
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on mutated valid records', () => {
    fc.assert(
      fc.property(
        mutated(
          recordArb.map((r) => r.text),
          5,
        ),
        check,
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('valid generated records parse to exactly their mechanisms and redirect', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const p = parseSpfRecord(r.text);
        expect(p.ok).toBe(true);
        if (!p.ok) return;
        expect(p.record.mechanisms.map((m) => m.kind)).toEqual([...r.terms.map((t) => t.kind), ...(r.all ? ['all'] : [])]);
        expect(p.record.redirect).toBe(r.redirect);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('one bad term anywhere makes the whole record an error (RFC 7208 4.6)', () => {
    const bad = fc.constantFrom(
      'ip4:300.1.1.1',
      'ip4:1.2.3.4/33',
      'ip6:::1/129',
      'include:',
      'include:nodot',
      'a:%{z}.example.com',
      'foo:bar',
      'all:x',
      'mx/0x',
      'redirect=%',
    );
    fc.assert(
      fc.property(recordArb, bad, fc.nat(), (r, b, at) => {
        const terms = r.text.split(' ');
        terms.splice(1 + (at % terms.length), 0, b);
        expect(parseSpfRecord(terms.join(' ')).ok).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('over-long records and hostile 100 KB-class inputs are rejected or parsed in budget', () => {
    for (const unit of ['a', ' ', '%{', 'ip4:1.1.1.1 ', 'a:x.', '/', '-', 'a:%{d}.', 'x=%%']) {
      const long = `v=spf1 ${unit.repeat(Math.ceil(100_000 / unit.length))}`;
      expect(timed('parseSpfRecord(100KB)', () => parseSpfRecord(long)).ok).toBe(false);
      const max = `v=spf1 ${unit.repeat(Math.floor((MAX_RECORD_LENGTH - 7) / unit.length))}`;
      check(max);
      timed('checkDomainSpec(4KB)', () => checkDomainSpec(unit.repeat(Math.floor(MAX_RECORD_LENGTH / unit.length))));
    }
  });
});
