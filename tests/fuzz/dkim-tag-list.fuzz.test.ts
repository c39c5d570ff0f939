// DKIM tag lists (src/core/auth/dkim/tag-list.ts, RFC 6376 3.2) and the parsers built on them: signature
// fields (3.5) and key records (3.6.1). Never throw; duplicate tags and ";;" are errors; generated lists parse
// to exactly their tags.
import fc from 'fast-check';
import { parseTagList, MAX_TAG_LIST_CHARS } from '../../src/core/auth/dkim/tag-list.js';
import { parseSignatureFields } from '../../src/core/auth/dkim/signature-fields.js';
import { parseKeyRecord } from '../../src/core/auth/dkim/key-record.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const tagName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/);
const tagValue = fc.stringMatching(/^[!-:<-~]([!-:<-~ ]{0,20}[!-:<-~])?$/); // no ';', no edge whitespace
const fws = fc.constantFrom('', ' ', '\t', '\r\n ', ' \r\n\t');
const tagListArb = fc.uniqueArray(fc.tuple(tagName, tagValue, fws, fws), { selector: ([n]) => n, maxLength: 12 }).chain((tags) =>
  fc.boolean().map((trailing) => ({
    tags,
    text: tags.map(([n, v, a, b]) => `${a}${n}${b}=${a}${v}${b}`).join(';') + (trailing && tags.length ? ';' : ''),
  })),
);

const sigArb = fc
  .record({
    d: domainArb,
    s: fc.stringMatching(/^[a-z0-9]{1,12}$/),
    a: fc.constantFrom('rsa-sha256', 'ed25519-sha256', 'rsa-sha1', 'bogus'),
    c: fc.constantFrom('relaxed/relaxed', 'simple', 'relaxed/simple', 'x/y'),
  })
  .map(
    (s) =>
      `v=1; a=${s.a}; c=${s.c}; d=${s.d}; s=${s.s}; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==; t=1700000000; x=1800000000`,
  );
const keyArb = fc
  .record({
    k: fc.constantFrom('rsa', 'ed25519', 'dsa'),
    p: fc.base64String({ maxLength: 80 }),
    t: fc.constantFrom('', 't=y; ', 't=s:y; '),
    s: fc.constantFrom('', 's=email; ', 's=*; ', 's=other; '),
  })
  .map((k) => `v=DKIM1; k=${k.k}; ${k.t}${k.s}p=${k.p}`);

describe('parseTagList (fuzz)', () => {
  it('never throws; accepted lists have valid, unique tag names without edge FWS', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(400),
          grammarString(400),
          mutated(
            tagListArb.map((x) => x.text),
            5,
          ),
        ),
        (s) => {
          const r = timed('parseTagList', () => parseTagList(s));
          if (!r.ok) return void expect(typeof r.error).toBe('string');
          expect(s.length).toBeLessThanOrEqual(MAX_TAG_LIST_CHARS);
          for (const [k, v] of r.tags) {
            expect(k).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
            expect(v).not.toMatch(/^[ \t\r\n]|[ \t\r\n]$/);
            expect(v.includes(';')).toBe(false);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('generated lists parse to exactly their tags; a duplicated tag or ";;" invalidates the list (RFC 6376 3.2)', () => {
    fc.assert(
      fc.property(tagListArb, ({ tags, text }) => {
        const r = parseTagList(text);
        expect(r.ok && [...r.tags]).toEqual(tags.map(([n, v]) => [n, v]));
        if (tags.length > 0) {
          const [n, v] = tags[0]!;
          expect(parseTagList(`${text.replace(/;$/, '')};${n}=${v}`).ok).toBe(false);
          expect(parseTagList(`${n}=${v};;${text}`).ok).toBe(false);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 KB-class inputs are rejected or parsed within budget', () => {
    for (const unit of ['a=b;', ';', '=', ' ', '\r\n ', 'a=', 'a=b']) {
      timed('parseTagList(100KB)', () => parseTagList(unit.repeat(Math.ceil(100_000 / unit.length))), 500);
      timed('parseTagList(64KB)', () => parseTagList(unit.repeat(Math.floor(MAX_TAG_LIST_CHARS / unit.length))), 500);
    }
  });
});

describe('DKIM-Signature fields and key records (fuzz)', () => {
  it('parseSignatureFields never throws (dkim and ams)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(400), mutated(sigArb, 6)), fc.constantFrom<'dkim' | 'ams'>('dkim', 'ams'), (s, kind) => {
        const r = timed('parseSignatureFields', () => parseSignatureFields(s, kind));
        if (r.ok) {
          expect(r.sig.signedHeaders.every((h) => h === h.toLowerCase())).toBe(true);
        } else {
          expect(typeof r.error).toBe('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parseKeyRecord never throws; accepted keys have a known type and email service', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(400), mutated(keyArb, 5)), (s) => {
        const r = timed('parseKeyRecord', () => parseKeyRecord(s));
        if (r.ok) {
          expect(['rsa', 'ed25519']).toContain(r.key.keyType);
          expect(r.key.publicKey).toBeInstanceOf(Uint8Array);
        } else {
          expect(typeof r.error).toBe('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
