// src/core/parse/mime/single-part.ts decodes single-part text messages without postal-mime (speed). That is only
// sound while it gives exactly the text and HTML postal-mime gives: this test pins the equivalence on generated
// single-part messages and, when it is beside the repo, on every message of the evaluation corpus.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { normalizeCrlf } from '../../src/core/parse/mime/crlf.js';
import { singlePartText } from '../../src/core/parse/mime/single-part.js';
import { SHARED } from '../helpers/shared.js';

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);

/** True when single-part.ts took the message (and then gave postal-mime's text and html). */
async function expectSame(raw: Uint8Array): Promise<boolean> {
  const bytes = normalizeCrlf(raw);
  const mine = singlePartText(bytes);
  if (mine === null) return false;
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  expect(email.attachments).toEqual([]);
  expect(mine).toEqual({ text: email.text ?? '', html: email.html ?? '' });
  return true;
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
const message = fc
  .tuple(type, cte, disposition, body, fc.boolean())
  .map(([t, e, d, b, dup]) => `From: a@example.com\r\nSubject: t\r\n${t}${e}${d}${dup ? t : ''}\r\n${b}`);

describe('single-part.ts decodes a single-part text message exactly like postal-mime', () => {
  it('on generated messages', async () => {
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        if (await expectSame(bytesOf(m))) taken++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
    expect(taken).toBeGreaterThan(100);
  });

  const corpus = join(SHARED, 'corpus', 'dev');
  it.skipIf(!existsSync(corpus))(
    'on every message of the evaluation corpus',
    async () => {
      let taken = 0;
      for (const dir of ['ham', 'phish']) {
        for (const f of readdirSync(join(corpus, dir))) if (await expectSame(new Uint8Array(readFileSync(join(corpus, dir, f))))) taken++;
      }
      expect(taken).toBeGreaterThan(150);
    },
    120_000,
  );
});
