// Property and malformed-input tests for the whole pipeline: nothing throws out of analyzeMessage, every
// result is a well-formed Report, and hostile sizes stay within the time budget (checked by the report's
// own elapsedMs against the budget, not by a wall-clock assertion on the test).
import fc from 'fast-check';
import { analyzeMessage } from '../../src/core/analyze.js';
import { createNoneResolver } from '../../src/core/dns/index.js';
import type { Report } from '../../src/core/model/report.js';

const deps = { resolver: createNoneResolver(), offline: true, now: () => performance.now(), crypto: globalThis.crypto };
const enc = (s: string) => new TextEncoder().encode(s);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function wellFormed(r: Report): void {
  expect(['danger', 'caution', 'ok', 'unknown']).toContain(r.verdict);
  expect(Number.isFinite(r.score)).toBe(true);
  expect(Array.isArray(r.findings)).toBe(true);
  for (const f of r.findings) expect(typeof f.id).toBe('string');
  expect(() => JSON.stringify(r)).not.toThrow();
}

const headerName = fc.constantFrom(
  'From',
  'To',
  'Subject',
  'Received',
  'Reply-To',
  'Return-Path',
  'Content-Type',
  'Authentication-Results',
  'DKIM-Signature',
  'Message-ID',
  'Date',
  'X-Originating-IP',
  'Content-Transfer-Encoding',
  'MIME-Version',
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '=?utf-8?b?44GC?=',
    '=?x-unknown?q?abc?=',
    '=?utf-8?b?!!!?=',
    'multipart/mixed; boundary="x"',
    'multipart/alternative; boundary=',
    'from [127.0.0.1] (unknown [52.140.204.1]) by mx1.example.jp',
    '"a@b.c" <x@y.z>',
    '<>',
    'base64',
    'quoted-printable',
    'text/html; charset="no-such"',
  ),
);
const messageArb = fc
  .tuple(
    fc.array(fc.tuple(headerName, headerValue), { maxLength: 30 }),
    fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 })),
    fc.constantFrom('\r\n', '\n', '\r'),
  )
  .map(([headers, body, eol]) => enc(headers.map(([n, v]) => `${n}: ${v}`).join(eol) + eol + eol + body));

describe('analyzeMessage on fuzzed input', () => {
  it('never throws and always returns a well-formed report (structured messages)', async () => {
    await fc.assert(
      fc.asyncProperty(messageArb, async (raw) => {
        wellFormed(await analyzeMessage(raw, deps));
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (raw) => {
        wellFormed(await analyzeMessage(raw, deps));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('analyzeMessage on malformed and hostile messages', () => {
  const budget = 5000;
  const cases: Record<string, () => Uint8Array> = {
    'empty input': () => new Uint8Array(0),
    'truncated MIME (no closing boundary, cut base64)': () =>
      enc(
        'From: a@b.c\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0bWw+PGEgaHJlZj0iaHR0cDovL',
      ),
    '10,000 Received headers': () =>
      enc(
        Array.from(
          { length: 10_000 },
          (_, i) =>
            `Received: from h${i}.example (h${i}.example [198.51.100.${i % 250}]) by mx.example.jp with ESMTP; Tue, 14 Nov 2023 09:12:${String(i % 60).padStart(2, '0')} +0900\r\n`,
        ).join('') + 'From: a@b.c\r\n\r\nbody',
      ),
    '1 MB header line': () => enc(`Subject: ${'A'.repeat(1024 * 1024)}\r\nFrom: a@b.c\r\n\r\nbody`),
    '1 MB folded To header': () =>
      enc(`To: ${Array.from({ length: 40_000 }, (_, i) => `u${i}@example.jp`).join(',\r\n ')}\r\nFrom: a@b.c\r\n\r\nbody`),
    'invalid charsets': () =>
      enc(
        'From: =?koi9-nope?B?AAAA?= <a@b.c>\r\nSubject: =?utf-8?q?=FF=FE=00?=\r\nContent-Type: text/plain; charset="x-broken"\r\n\r\n\xff\xfe body',
      ),
    'NUL bytes everywhere': () => enc('From: a\u0000@b.c\r\nSubject: x\u0000y\r\n\r\n\u0000\u0000 http://\u0000evil.test/'),
    'deep MIME nesting': () => {
      let s = '';
      for (let i = 0; i < 200; i++) s += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
      return enc(`From: a@b.c\r\n${s}Content-Type: text/plain\r\n\r\nhi`);
    },
    '100 KB of anchors': () =>
      enc(`From: a@b.c\r\nContent-Type: text/html\r\n\r\n${'<a href="http://x.test/">http://y.test/</a>'.repeat(2500)}`),
    // Inputs the regex audit found to be quadratic before the trims became loops (tests/fuzz/regex-audit.test.ts).
    "Return-Path of 200,000 '<'": () => enc(`Return-Path: ${'<'.repeat(200_000)}\r\nFrom: a@b.c\r\n\r\nx`),
    "address domain of 100,000 '> '": () => enc(`Return-Path: a@${'> '.repeat(100_000)}x\r\nFrom: a@${'> '.repeat(100_000)}x\r\n\r\nx`),
    'header with 100,000 spaces inside': () =>
      enc(
        `Subject: a${' '.repeat(100_000)}b\r\nX${' '.repeat(100_000)}Y: z\r\nFrom: a@b.c\r\nDKIM-Signature: v=1; a=rsa-sha256; d=b.c; s=s; c=relaxed/relaxed; h=from:subject; bh=AA==; b=AA==\r\n\r\nx`,
      ),
    'display name of 64,000 letters': () => enc(`From: "${'a'.repeat(64_000)}" <x@y.example>\r\n\r\nx`),
    'pathological HTML (unclosed tags and quotes)': () =>
      enc(`From: a@b.c\r\nContent-Type: text/html\r\n\r\n${'<a href="'.repeat(20_000)}`),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: no throw, within budget`, async () => {
      const r = await analyzeMessage(make(), { ...deps, limits: { timeBudgetMs: budget } });
      wellFormed(r);
      expect(r.elapsedMs).toBeLessThan(budget);
    });
  }
  it('rejects a non-byte input with a clear error report', async () => {
    const r = await analyzeMessage('not bytes' as unknown as Uint8Array, deps);
    expect(r.verdict).toBe('unknown');
    expect(r.findings[0]?.id).toBe('analysis-error');
  });
});
