// src/core/parse/mime/single-part.ts decodes single-part text messages without postal-mime (speed). That is only
// sound while it gives exactly the text and HTML postal-mime gives: this test pins the equivalence on generated
// single-part messages and, when it is beside the repo, on every message of the evaluation corpus.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { normalizeCrlf } from '../../src/core/parse/mime/crlf.js';
import { singlePartText } from '../../src/core/parse/mime/single-part.js';
import { alternativeText } from '../../src/core/parse/mime/alternative-parts.js';
import { SHARED } from '../helpers/shared.js';

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);

/** Which module took the message (and then gave postal-mime's text and html), or null. */
async function expectSame(raw: Uint8Array): Promise<'single' | 'alternative' | null> {
  const bytes = normalizeCrlf(raw);
  const single = singlePartText(bytes);
  const mine = single ?? alternativeText(bytes, 20);
  if (mine === null) return null;
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  expect(email.attachments).toEqual([]);
  expect(mine).toEqual({ text: email.text ?? '', html: email.html ?? '' });
  return single ? 'single' : 'alternative';
}

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
/** A part of the shape single-part.ts takes (so that whole alternatives of them are generated often). */
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
const message = fc.oneof(single, alternative);

describe('single-part.ts and alternative-parts.ts decode text messages exactly like postal-mime', () => {
  it('on generated messages', async () => {
    const taken = { single: 0, alternative: 0 };
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const by = await expectSame(bytesOf(m));
        if (by) taken[by]++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
    expect(taken.single).toBeGreaterThan(30);
    expect(taken.alternative).toBeGreaterThan(20);
  });

  const corpus = join(SHARED, 'corpus', 'dev');
  it.skipIf(!existsSync(corpus))(
    'on every message of the evaluation corpus',
    async () => {
      const taken = { single: 0, alternative: 0 };
      for (const dir of ['ham', 'phish']) {
        for (const f of readdirSync(join(corpus, dir))) {
          const by = await expectSame(new Uint8Array(readFileSync(join(corpus, dir, f))));
          if (by) taken[by]++;
        }
      }
      expect(taken.single).toBeGreaterThan(250);
      expect(taken.alternative).toBeGreaterThan(50);
    },
    120_000,
  );
});
