// MIME layer (src/core/parse/mime, src/core/parse/headers/header-section.ts): parseMessage never rejects, respects its
// limits, splitHeaderSection keeps exact raw bytes, normalizeCrlf only rewrites line ends.
import fc from 'fast-check';
import { parseMessage } from '../../src/core/parse/mime/parse-message.js';
import { normalizeCrlf } from '../../src/core/parse/mime/crlf.js';
import { splitHeaderSection } from '../../src/core/parse/headers/header-section.js';
import { HEAVY_RUNS, NUM_RUNS, anyText, grammarString, mutated, timed, timedAsync } from './fuzz-util.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');

const headerName = fc.constantFrom(
  'From',
  'To',
  'Cc',
  'Subject',
  'Received',
  'Reply-To',
  'Return-Path',
  'Content-Type',
  'Content-Transfer-Encoding',
  'Content-Disposition',
  'MIME-Version',
  'Date',
  'Sender',
  'Delivered-To',
  'X-Odd',
);
const ctValue = fc.constantFrom(
  'multipart/mixed; boundary="b1"',
  'multipart/alternative; boundary=b1',
  'multipart/related; boundary="b1"',
  'text/plain; charset=utf-8',
  'text/html; charset="iso-2022-jp"',
  'text/html; charset=x-nope',
  'message/rfc822',
  'application/octet-stream; name="a.html"',
  'multipart/mixed; boundary=""',
);
const headerValue = fc.oneof(
  ctValue,
  fc.constantFrom('base64', 'quoted-printable', '7bit', 'attachment; filename="x.htm"', '=?utf-8?B?44GC44GE?= <a@b.example>'),
  anyText(120),
);
const eol = fc.constantFrom('\r\n', '\n', '\r');

/** Structured MIME trees with the boundary "b1" (and nested "b2"), then mutated. */
const partArb = fc
  .tuple(
    fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
    fc.oneof(
      anyText(200),
      fc.constantFrom('PGEgaHJlZj0iaHR0cDovL2V2aWwuZXhhbXBsZS8iPmNsaWNrPC9hPg==', '=E3=81=82=\r\n=ZZ', '<a href="http://x.example/">y</a>'),
    ),
  )
  .map(([hs, body]) => `${hs.map(([n, v]) => `${n}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
const mimeArb = fc
  .tuple(fc.array(fc.tuple(headerName, headerValue), { maxLength: 12 }), fc.array(partArb, { maxLength: 4 }), fc.boolean(), eol)
  .map(([hs, parts, close, e]) => {
    const head = [...hs.map(([n, v]) => `${n}: ${v}`), 'Content-Type: multipart/mixed; boundary="b1"'].join('\r\n');
    const body = parts.map((p) => `--b1\r\n${p}\r\n`).join('') + (close ? '--b1--\r\n' : '');
    return `${head}\r\n\r\n${body}`.replace(/\r\n/g, e);
  });
const messageBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  mutated(mimeArb, 6).map(enc),
  fc.tuple(grammarString(2000), eol).map(([s, e]) => enc(s.replace(/\n/g, e))),
);

const LIMITS = { maxHeaderBytes: 4096, maxHeaders: 40, maxMimeDepth: 5, maxBodyChars: 2000 };

describe('parseMessage (fuzz)', () => {
  it('never rejects; honours header/body limits; bodyOffset and raw are consistent', async () => {
    await fc.assert(
      fc.asyncProperty(messageBytes, async (raw) => {
        const m = await timedAsync('parseMessage', () => parseMessage(raw, LIMITS));
        expect(m.headers.length).toBeLessThanOrEqual(LIMITS.maxHeaders);
        expect(m.text.length).toBeLessThanOrEqual(LIMITS.maxBodyChars);
        expect(m.html.length).toBeLessThanOrEqual(LIMITS.maxBodyChars);
        expect(m.bodyOffset).toBeGreaterThanOrEqual(0);
        expect(m.bodyOffset).toBeLessThanOrEqual(m.raw.length);
        expect(m.raw).toEqual(normalizeCrlf(raw));
        for (const a of [...m.fromAll, ...m.to, ...m.cc, ...m.replyTo]) {
          expect(typeof a.address).toBe('string');
          expect(a.domain).toBe(a.domain.toLowerCase());
        }
        expect(m.date === null || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(m.date)).toBe(true);
        expect(() => JSON.stringify({ ...m, raw: null })).not.toThrow();
      }),
      { numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });

  it('bad limit values (NaN, negative, fractional) do not break parsing', async () => {
    const bad = fc.constantFrom(Number.NaN, -1, 0.5, Infinity, 0);
    await fc.assert(
      fc.asyncProperty(messageBytes, bad, bad, bad, bad, async (raw, a, b, c, d) => {
        const m = await parseMessage(raw, { maxHeaderBytes: a, maxHeaders: b, maxMimeDepth: c, maxBodyChars: d });
        expect(Array.isArray(m.headers)).toBe(true);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it('deeply nested multiparts stop at the depth limit in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), async (depth) => {
        let s = 'From: a@b.example\r\n';
        for (let i = 0; i < depth; i++) s += `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`;
        const m = await timedAsync('parseMessage(nested)', () => parseMessage(enc(`${s}Content-Type: text/plain\r\n\r\nhi`), LIMITS), 1000);
        expect(m.from?.address).toBe('a@b.example');
      }),
      { numRuns: 30 },
    );
  });
});

describe('splitHeaderSection (fuzz)', () => {
  it('fields keep exact, ordered raw bytes; limits hold; name/key consistent', () => {
    fc.assert(
      fc.property(messageBytes, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 60 }), (input, maxHeaderBytes, maxHeaders) => {
        const raw = normalizeCrlf(input);
        const s = timed('splitHeaderSection', () => splitHeaderSection(raw, { maxHeaderBytes, maxHeaders }));
        expect(s.headers.length).toBeLessThanOrEqual(maxHeaders);
        expect(s.bodyOffset).toBeLessThanOrEqual(raw.length);
        const text = latin1(raw);
        let pos = 0;
        for (const h of s.headers) {
          const at = text.indexOf(h.raw, pos);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at + h.raw.length).toBeLessThanOrEqual(Math.min(Math.max(maxHeaderBytes, 0), s.bodyOffset));
          pos = at + h.raw.length;
          expect(h.key).toBe(h.name.toLowerCase());
          expect(h.raw.startsWith(h.name)).toBe(true);
          expect(h.name).toMatch(/^[\x21-\x39\x3b-\x7e]+$/);
          expect(h.value).not.toMatch(/\r\n[ \t]/);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('normalizeCrlf (fuzz)', () => {
  it('output has only CRLF line ends and the same non-line-end bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.array(fc.constantFrom(10, 13, 65), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
        ),
        (raw) => {
          const out = timed('normalizeCrlf', () => normalizeCrlf(raw));
          for (let i = 0; i < out.length; i++) {
            if (out[i] === 13) expect(out[i + 1]).toBe(10);
            if (out[i] === 10) expect(out[i - 1]).toBe(13);
          }
          const strip = (b: Uint8Array) => Array.from(b).filter((c) => c !== 10 && c !== 13);
          expect(strip(out)).toEqual(strip(raw));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
