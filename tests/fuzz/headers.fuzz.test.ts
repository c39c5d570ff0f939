// Header value parsers (src/core/parse/headers): RFC 2047 encoded words, address lists, dates, IDN.
import fc from 'fast-check';
import { decodeEncodedWords } from '../../src/core/parse/headers/encoded-words.js';
import { parseAddress, parseAddressList } from '../../src/core/parse/headers/address-list.js';
import { isoFromSeconds, parseDateSeconds, parseRfc5322Date, secondsFromIso } from '../../src/core/parse/headers/date.js';
import { domainToAscii, domainToUnicode, punycodeDecode } from '../../src/core/parse/headers/idn.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const utf8 = new TextEncoder();
const b64 = (s: string): string => Buffer.from(utf8.encode(s)).toString('base64');
const qEncode = (s: string): string =>
  Array.from(utf8.encode(s), (c) =>
    /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
/** Well-formed Unicode (no lone surrogates), so UTF-8 encoding is lossless. */
const wellFormed = fc.string({ unit: 'grapheme', maxLength: 40 });

const encodedWordSeeds = fc.oneof(
  wellFormed.map((s) => `=?utf-8?B?${b64(s)}?=`),
  wellFormed.map((s) => `=?UTF-8?q?${qEncode(s)}?=`),
  fc.constantFrom(
    '=?iso-2022-jp?B?GyRCJEIbKEI=?=',
    '=?shift_jis?B?gqA=?=',
    '=?x-none?Q?abc?=',
    '=?utf-8*ja?b?44GC?=',
    '=?utf-8?b?!!!?=',
    '=??B??=',
  ),
);

describe('decodeEncodedWords (fuzz)', () => {
  it('never throws; text without "=?" is unchanged; output never longer than the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(400),
          mutated(
            fc.array(encodedWordSeeds, { maxLength: 6 }).map((ws) => ws.join(' ')),
            5,
          ),
        ),
        (s) => {
          const out = timed('decodeEncodedWords', () => decodeEncodedWords(s));
          expect(typeof out).toBe('string');
          if (!s.includes('=?')) expect(out).toBe(s);
          expect(out.length).toBeLessThanOrEqual(s.length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('B and Q words round-trip UTF-8 text; adjacent words join (RFC 2047 6.2)', () => {
    fc.assert(
      fc.property(wellFormed, wellFormed, (a, b) => {
        expect(decodeEncodedWords(`=?utf-8?B?${b64(a)}?=`)).toBe(a);
        expect(decodeEncodedWords(`=?utf-8?Q?${qEncode(a)}?=`)).toBe(a);
        expect(decodeEncodedWords(`=?utf-8?B?${b64(a)}?= \r\n =?utf-8?Q?${qEncode(b)}?=`)).toBe(a + b);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 KB of near-miss encoded words stays within budget', () => {
    for (const unit of ['=?', '=?a?', '=?a?B?', '=?utf-8?Q?=', '?=', '=?a?b?c?= ']) {
      timed('decodeEncodedWords(100KB)', () => decodeEncodedWords(unit.repeat(Math.ceil(100_000 / unit.length))), 500);
    }
  });
});

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
const mailboxArb = fc.record({
  name: fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
  local: fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/).filter((l) => !l.endsWith('.') && !l.includes('..')),
  domain: domainArb,
});

describe('parseAddressList (fuzz)', () => {
  it('never throws on arbitrary or mutated lists; domains are lower-case; output is bounded', () => {
    const seeds = fc.array(mailboxArb, { maxLength: 5 }).map((ms) => ms.map((m) => `"${m.name}" <${m.local}@${m.domain}>`).join(', '));
    fc.assert(
      fc.property(fc.oneof(anyText(400), grammarString(400), mutated(seeds, 6)), (s) => {
        const list = timed('parseAddressList', () => parseAddressList(s));
        expect(list.length).toBeLessThanOrEqual(s.length + 1);
        for (const a of list) {
          expect(a.domain).toBe(a.domain.toLowerCase());
          expect(typeof a.name).toBe('string');
          if (a.domain !== '') expect(a.address.endsWith(a.domain) || a.address.toLowerCase().includes('@')).toBe(true);
        }
        const first = parseAddress(s);
        expect(first === null ? list.length : 1).toBe(list.length === 0 ? 0 : 1);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('well-formed name-addr lists parse to exactly the generated mailboxes', () => {
    fc.assert(
      fc.property(fc.array(mailboxArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(', ', ',', ' ,\r\n ', ','), (ms, sep) => {
        const list = parseAddressList(ms.map((m) => (m.name ? `${m.name} <${m.local}@${m.domain}>` : `${m.local}@${m.domain}`)).join(sep));
        expect(list.map((a) => a.address)).toEqual(ms.map((m) => `${m.local}@${m.domain}`));
        expect(list.map((a) => a.domain)).toEqual(ms.map((m) => m.domain));
        expect(list.map((a) => a.name)).toEqual(ms.map((m) => m.name));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 KB adversarial lists (nested comments, quotes, angles) stay within budget', () => {
    for (const unit of ['(', '"', '<', '\\', '(a', '"a\\', '<a@', 'a@', ',', ':', '=?', '@.', '\uff20']) {
      const list = timed('parseAddressList(100KB)', () => parseAddressList(unit.repeat(Math.ceil(100_000 / unit.length))), 500);
      expect(Array.isArray(list)).toBe(true);
    }
  });
});

describe('dates (fuzz)', () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  it('never throws; results are finite or null', () => {
    fc.assert(
      fc.property(anyText(300), (s) => {
        const t = timed('parseDateSeconds', () => parseDateSeconds(s));
        expect(t === null || Number.isFinite(t)).toBe(true);
        const iso = parseRfc5322Date(s);
        if (iso !== null) expect(secondsFromIso(iso)).toBe(t);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('RFC 5322 date-times round-trip to the instant they name', () => {
    const arb = fc.record({ t: fc.integer({ min: 0, max: 4_102_444_800 }), off: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }) });
    fc.assert(
      fc.property(arb, ({ t, off }) => {
        const local = new Date((t + off * 60) * 1000);
        const sign = off < 0 ? '-' : '+';
        const zone = `${sign}${String(Math.floor(Math.abs(off) / 60)).padStart(2, '0')}${String(Math.abs(off) % 60).padStart(2, '0')}`;
        const p = (n: number) => String(n).padStart(2, '0');
        const text = `Tue, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())} ${zone}`;
        expect(parseDateSeconds(text)).toBe(t);
        expect(parseRfc5322Date(text)).toBe(isoFromSeconds(t));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('IDN helpers (fuzz)', () => {
  it('punycodeDecode / domainToUnicode / domainToAscii never throw on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText(300), fc.stringMatching(/^[a-z0-9-]{0,80}$/), fc.stringMatching(/^xn--[a-z0-9-]{0,60}(\.xn--[a-z0-9-]{0,20})?$/)),
        (s) => {
          const p = timed('punycodeDecode', () => punycodeDecode(s));
          expect(p === null || typeof p === 'string').toBe(true);
          const u = timed('domainToUnicode', () => domainToUnicode(s));
          expect(u === null || typeof u === 'string').toBe(true);
          const a = timed('domainToAscii', () => domainToAscii(s));
          expect(a === null || /^[\x21-\x7e]*$/.test(a)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('ASCII form -> Unicode -> ASCII is the identity for names the URL parser accepts', () => {
    const uLabel = fc.string({
      unit: fc.constantFrom(...'abcxyz0-', 'é', 'ü', 'あ', 'ア', '漢', 'а', 'о', 'ß'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(uLabel, { minLength: 1, maxLength: 3 }), (labels) => {
        const ascii = domainToAscii(`${labels.join('.')}.jp`);
        if (ascii === null) return;
        const uni = domainToUnicode(ascii);
        expect(uni).not.toBeNull();
        expect(domainToAscii(uni ?? '')).toBe(ascii);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
