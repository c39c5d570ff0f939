// src/core/parse/mime/multipart-bodies.ts decodes messages of any part structure without postal-mime (speed). That
// is only sound while it gives exactly the text, HTML and attachments postal-mime gives (as parse-message.ts reads
// them): this test pins the equivalence on generated MIME trees (nested multiparts, attachments, odd and missing
// boundaries, every transfer encoding, RFC 2047/2231 file names, flowed text, calendars, digests, reports) and,
// when the corpus is beside the repo, on every dev and train message.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expectSame } from './postal-view.js';
import { SHARED } from '../helpers/shared.js';

/** Each character of a generated message is one byte (UTF-8 sequences are written as their bytes). */
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);
const utf8 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

const bodyLine = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '  ',
    '=',
    '\t',
    '-',
    '--',
    '+',
    '/',
    '<',
    '?',
    '&',
    '"',
    "'",
    '\xe9',
    '\xe3\x81\x82',
    '\xef\xbb\xbf',
    '=3D',
    '=e9',
    '=ZZ',
    'QUJD',
    'YQ==',
    '\r',
    '-- ',
    '<br>',
    '<p>',
    '<a href="u">',
    '&amp;',
    '&#x3C;',
    '<!--',
    '-->',
    '<li>',
  ),
  maxLength: 40,
});
const body = fc.array(bodyLine, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\r\n'));
/**
 * Messages whose fields are mostly ones the decoder models; `odd` is the weight (against 5) of fields it leaves to
 * postal-mime and of broken delimiters. With 0 whole trees are taken often; with 1 the fallbacks are exercised too.
 */
function messages(odd: number): fc.Arbitrary<string> {
  const pick = (usual: string[], rare: string[]) =>
    odd === 0
      ? fc.constantFrom(...usual)
      : fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...usual) }, { weight: odd, arbitrary: fc.constantFrom(...rare) });
  /** Mostly fields the decoder models, sometimes ones it leaves to postal-mime (so that whole trees are often taken). */
  const leafType = pick(
    [
      '',
      '',
      'Content-Type: text/plain\r\n',
      'Content-Type: text/plain; charset=us-ascii\r\n',
      'Content-Type: TEXT/HTML; charset="utf-8"\r\n',
      'Content-Type: text/html\r\n',
      'Content-Type: text/plain; charset=iso-8859-1; format=flowed\r\n',
      'Content-Type: text/plain; format=Flowed; DelSp=yes\r\n',
      'Content-Type: text/html;\r\n\tcharset=shift_jis\r\n',
      'Content-Type: image/png; name="logo.png"\r\n',
      'Content-Type: image/png; name="a\r\n b.png"\r\n',
      'Content-Type: text/html;iso-8859-1\r\n',
      'Content-Type: text/plain;;\r\n',
      'Content-Type: text/plain; charset; charset=iso-8859-1\r\n',
      'Content-Type: application/pdf;\r\n name="=?utf-8?B?w6kucGRm?="\r\n',
      'Content-Type: application/octet-stream; name="a (1).bin"\r\n',
      `Content-Type: application/zip; name="${utf8('報告.zip')}"\r\n`,
      'Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n',
      'Content-Type: application/ics\r\n',
      'Content-Type: message/delivery-status\r\n',
      'Content-Type: multipart/\r\n',
      'Content-Type: \r\n',
    ],
    [
      'Content-Type: text/plain; charset=x-unknown\r\n',
      "Content-Type: application/octet-stream; name*=utf-8''%C3%A9.bin\r\n",
      'Content-Type: message/rfc822\r\n',
      'Content-Type: text/plain (comment)\r\n',
      'Content-Type: text/plain; x=1; flag\r\n',
    ],
  );
  const cte = pick(
    [
      '',
      'Content-Transfer-Encoding: 8bit\r\n',
      'Content-Transfer-Encoding: base64\r\n',
      'Content-Transfer-Encoding: BASE64 \r\n',
      'Content-Transfer-Encoding: x-base64\r\n',
      'Content-Transfer-Encoding: quoted-printable\r\n',
      'Content-Transfer-Encoding: "quoted-printable"\r\n',
    ],
    ['Content-Transfer-Encoding: (c) base64\r\n'],
  );
  const disposition = pick(
    [
      '',
      '',
      'Content-Disposition: inline\r\n',
      'Content-Disposition: INLINE; filename=pic.jpg\r\n',
      'Content-Disposition: attachment\r\n',
      'Content-Disposition: attachment; filename="form.html"\r\n',
      'Content-Disposition: attachment; filename=""\r\n',
      'Content-Disposition: attachment; size; filename=a.pdf\r\n',
    ],
    [
      'Content-Disposition: attachment;\r\n filename*0="a"; filename*1="b.txt"\r\n',
      "Content-Disposition: attachment; filename*=iso-8859-1''%E9t%E9.pdf\r\n",
      'Content-Disposition: attachment; filename="C:\\\\x.pdf"\r\n',
    ],
  );
  const contentId = fc.constantFrom('', '', 'Content-ID: <img1@x>\r\n', 'Content-ID:\r\n');
  /** Fields around the content fields: near misses, odd spacing and folding of the key, a folded Received. */
  const noise = fc.constantFrom(
    '',
    '',
    '',
    'X-Content-Type: text/html\r\n',
    'Content-Typo: text/html\r\n',
    'Received: from a\r\n\tby b; Mon, 1 Jan 2024 00:00:00 +0000\r\n',
    'CONTENT-TYPE : text/html\r\n',
    'Content-Type\r\n : text/html\r\n',
    ' Content-Type: text/html\r\n',
    'Content-\r\n Type: text/html\r\n',
    'Content-Disposition:attachment\r\n',
    `Subject: ${utf8('件名')}\r\n`,
  );
  const leaf = fc
    .tuple(noise, leafType, cte, disposition, contentId, fc.nat(5), body)
    .map(
      ([n, t, e, d, id, dup, b]) =>
        `${n}${dup === 0 ? 'Content-Type: image/gif\r\n' : ''}${t}${e}${d}${id}${dup === 1 ? t + e : ''}\r\n${b}`,
    )
    .chain((p) => fc.constantFrom(p, p, p, p.split('\r\n\r\n')[0]!)); // sometimes a part whose header never ends

  /** Boundaries, including one that is a prefix of another, one with a space and a non-ASCII one. */
  const boundary = fc.constantFrom('b1', 'b1x', 'b 2', '=_c', utf8('é'));
  const subtype = fc.constantFrom('mixed', 'alternative', 'related', 'digest', 'signed', 'report', 'MIXED');

  const { part } = fc.letrec<{ part: string; multipart: string }>((tie) => ({
    part: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, leaf, tie('multipart')),
    multipart: fc
      .tuple(
        subtype,
        boundary,
        fc.array(fc.tuple(tie('part'), pick(['', '', '', ' ', '\t'], ['x', '--'])), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', 'preamble\r\n'),
        pick(['--', '--', '-- \r\nepilogue', ''], ['--x']),
      )
      .map(
        ([sub, b, children, pre, close]) =>
          `Content-Type: multipart/${sub}; boundary="${b}"\r\n\r\n${pre}` +
          children.map(([c, tail]) => `--${b}${tail}\r\n${c}\r\n`).join('') +
          (close === '' ? '' : `--${b}${close}\r\n`),
      ),
  }));
  return part.map((p) => `From: a@example.com\r\nSubject: t\r\n${p}`);
}

/** The shape a list footer or a honeypot note gives: an alternative, then plain parts beside it (converted to HTML). */
const textPart = fc
  .tuple(
    fc.constantFrom('text/plain', 'text/plain; charset=iso-8859-1', 'text/plain; format=flowed; delsp=yes', 'text/html'),
    fc.constantFrom('', 'Content-Transfer-Encoding: quoted-printable\r\n', 'Content-Transfer-Encoding: base64\r\n'),
    fc.constantFrom('', 'Content-Disposition: inline\r\n'),
    body,
  )
  .map(([t, e, d, b]) => `Content-Type: ${t}\r\n${e}${d}\r\n${b}`);
const withFooter = fc
  .tuple(fc.array(textPart, { minLength: 1, maxLength: 3 }), fc.array(textPart, { minLength: 1, maxLength: 3 }))
  .map(
    ([alternative, footers]) =>
      'From: a@example.com\r\nContent-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\n' +
      'Content-Type: multipart/alternative; boundary=i\r\n\r\n' +
      alternative.map((p) => `--i\r\n${p}\r\n`).join('') +
      '--i--\r\n' +
      footers.map((p) => `--o\r\n${p}\r\n`).join('') +
      '--o--\r\n',
  );

describe('multipart-bodies.ts decodes messages exactly like postal-mime', () => {
  it('on generated MIME trees', async () => {
    let taken = 0;
    await fc.assert(
      // Smaller limits as well: deeper trees (maxNestingDepth) and more header bytes (maxHeadersSize) than allowed
      // are left to postal-mime, which refuses them.
      fc.asyncProperty(
        fc.oneof(messages(0), messages(1), withFooter),
        fc.constantFrom(20, 2),
        fc.constantFrom(16 * 1024 * 1024, 120),
        async (m, depth, maxHeadersSize) => {
          if (await expectSame(bytesOf(m), depth, maxHeadersSize)) taken++;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 800) },
    );
    expect(taken).toBeGreaterThan(200);
  });

  const corpus = join(SHARED, 'corpus');
  it.skipIf(!existsSync(corpus))(
    'on every dev and train message of the corpus',
    async () => {
      let taken = 0;
      let all = 0;
      for (const split of ['dev', 'train']) {
        for (const dir of ['ham', 'phish']) {
          for (const f of readdirSync(join(corpus, split, dir))) {
            all++;
            if (await expectSame(new Uint8Array(readFileSync(join(corpus, split, dir, f))))) taken++;
          }
        }
      }
      // 4,600 messages, of which 23 fall back to postal-mime (December 2026).
      expect(taken).toBeGreaterThan(all - 60);
    },
    300_000,
  );
});
