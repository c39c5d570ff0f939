// Single-part messages and multipart/alternative text messages (the commonest shapes of mail) as decoded by
// src/core/parse/mime/multipart-bodies.ts without postal-mime (speed). That is only sound while it gives exactly the
// text, HTML and attachments postal-mime gives: this test pins the equivalence on generated messages of these two
// shapes (odd fields, charsets, encodings, near-miss boundaries) and, when it is beside the repo, on every dev
// message. tests/fuzz/multipart-equivalence.test.ts covers every other structure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expectSame } from './postal-view.js';
import { SHARED } from '../helpers/shared.js';

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);

const line = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '=',
    '\t',
    '.',
    '-',
    '+',
    '/',
    '\xe9',
    '\xe3\x81\x82',
    '\x82\xa0',
    '=3D',
    '=e9',
    '=4',
    '=ZZ',
    '=\r\n',
    'QUJD',
    'YQ==',
    '=A',
    '\r\n',
    '\n',
    '\r',
    '\x1b$B',
  ),
  maxLength: 80,
});
const body = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\r\n'));
const type = fc.constantFrom(
  '',
  'Content-Type: text/plain\r\n',
  'Content-Type: TEXT/HTML\r\n',
  'Content-Type: text/html; charset="utf-8"\r\n',
  'Content-Type: text/plain; charset=iso-8859-1\r\n',
  'Content-Type: text/plain; charset=Shift_JIS\r\n',
  'Content-Type: text/html;\r\n charset=iso-2022-jp\r\n',
  'Content-Type: text/plain; charset=us-ascii; name="a b.txt"\r\n',
  'Content-Type: text/plain; charset=""\r\n',
  'Content-Type: text/plain; charset=x-unknown\r\n',
  'Content-Type: text/plain; format=flowed\r\n',
  'Content-Type: text/calendar\r\n',
  'Content-Type: application/octet-stream\r\n',
  'Content-Type: text/plain (c)\r\n',
);
const cte = fc.constantFrom(
  '',
  'Content-Transfer-Encoding: 7bit\r\n',
  'Content-Transfer-Encoding: 8BIT\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n',
  'Content-Transfer-Encoding: Quoted-Printable \r\n',
  'Content-Transfer-Encoding: x-uuencode\r\n',
);
const disposition = fc.constantFrom('', 'Content-Disposition: inline\r\n', 'Content-Disposition: attachment\r\n');
const part = fc.tuple(type, cte, disposition, body, fc.boolean()).map(([t, e, d, b, dup]) => `${t}${e}${d}${dup ? t : ''}\r\n${b}`);
/** A text part of a modelled shape (so that whole alternatives of them are generated often). */
const textPart = fc
  .tuple(
    type.filter((t) => /^$|text\/(plain|html)(;| *\r)(?!.*(x-unknown|format|\())/i.test(t)),
    cte.filter((e) => !e.includes('uuencode')),
    body,
  )
  .map(([t, e, b]) => `${t}${e}\r\n${b}`);
const single = part.map((p) => `From: a@example.com\r\nSubject: t\r\n${p}`);
// Parts separated by the boundary (with trailing blanks, or a near miss), a preamble and epilogue, closed or not.
const alternative = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(textPart, textPart, part), fc.constantFrom('', ' ', '\t ', 'x')), { minLength: 0, maxLength: 4 }),
    fc.constantFrom(
      'multipart/alternative; boundary="b b"',
      'multipart/ALTERNATIVE; boundary="b b"',
      'multipart/alternative; boundary=b b',
      'multipart/mixed; boundary="b b"',
      'multipart/alternative',
    ),
    fc.constantFrom('', 'preamble\r\n--b\r\n'),
    fc.constantFrom('', '--b b--\r\n', '--b b-- \r\nepilogue\r\n--b b\r\n\r\nlate\r\n'),
  )
  .map(
    ([parts, ct, pre, close]) =>
      `From: a@example.com\r\nContent-Type: ${ct}\r\n\r\n${pre}${parts.map(([p, tail]) => `--b b${tail}\r\n${p}\r\n`).join('')}${close}`,
  );

describe('multipart-bodies.ts decodes single-part and alternative text messages exactly like postal-mime', () => {
  it('on generated messages', async () => {
    const taken = { single: 0, alternative: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          single.map((m) => ['single', m] as const),
          alternative.map((m) => ['alternative', m] as const),
        ),
        async ([shape, m]) => {
          if (await expectSame(bytesOf(m))) taken[shape]++;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
    expect(taken.single).toBeGreaterThan(100);
    expect(taken.alternative).toBeGreaterThan(100);
  });

  const corpus = join(SHARED, 'corpus', 'dev');
  it.skipIf(!existsSync(corpus))(
    'on every message of the evaluation corpus',
    async () => {
      let taken = 0;
      for (const dir of ['ham', 'phish']) {
        for (const f of readdirSync(join(corpus, dir))) {
          if (await expectSame(new Uint8Array(readFileSync(join(corpus, dir, f))))) taken++;
        }
      }
      expect(taken).toBeGreaterThan(590); // 598 of the 600 (December 2026)
    },
    120_000,
  );
});
