// src/core/parse/mime/postal-input.ts rewrites text parts as base64 (and joins base64 lines) before postal-mime sees them (speed). That is
// only sound while postal-mime decodes the rewrite to exactly what it decodes from the original: this test pins the
// equivalence on generated MIME messages and, when it is beside the repo, on the whole evaluation corpus, so a
// postal-mime upgrade that breaks the assumption fails here rather than silently changing analysis.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { normalizeCrlf } from '../../src/core/parse/mime/crlf.js';
import { postalInput, MIRRORED_POSTAL_MIME_VERSION } from '../../src/core/parse/mime/postal-input.js';
import { SHARED } from '../helpers/shared.js';

const MAX_HEADERS = 256 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

async function parsedKey(bytes: Uint8Array, addedHeaderBytes = 0): Promise<string> {
  try {
    const x = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxHeadersSize: MAX_HEADERS + addedHeaderBytes });
    // What parse-message.ts reads of postal-mime's result (its From, To, Subject, Date... summary is not read).
    return JSON.stringify([
      x.text,
      x.html,
      x.attachments.map((a) => [
        a.filename,
        a.mimeType,
        a.disposition,
        a.related,
        a.rfc822DepthExceeded,
        Buffer.from(a.content as ArrayBuffer).toString('base64'),
      ]),
    ]);
  } catch (e) {
    return `error: ${String(e)}`;
  }
}

async function expectEquivalent(raw: Uint8Array): Promise<boolean> {
  const bytes = normalizeCrlf(raw);
  const input = postalInput(bytes, MAX_HEADERS);
  if (input.bytes === bytes) return false;
  expect(await parsedKey(input.bytes, input.addedHeaderBytes)).toBe(await parsedKey(bytes));
  return true;
}

const line = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '=', '\t', '.', '-', 'é', 'あ', '=3D', '=\r\n', '--b', '\r\n', '\n', 'QUJD', 'YQ==', '--', '\r'),
  maxLength: 80,
});
const body = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\r\n'));
const charset = fc.constantFrom('', '; charset=utf-8', '; charset="iso-8859-1"', '; charset=shift_jis', '; format=flowed');
const cte = fc.constantFrom(
  '',
  'Content-Transfer-Encoding: 7bit\r\n',
  'Content-Transfer-Encoding: 8bit\r\n',
  'Content-Transfer-Encoding: binary\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n',
);
const leaf = fc
  .tuple(fc.constantFrom('text/plain', 'text/html', 'application/octet-stream'), charset, cte, body)
  .map(([type, cs, te, b]) => `Content-Type: ${type}${cs}\r\n${te}\r\n${b}`);
const message = fc.oneof(
  leaf.map((p) => `From: a@example.com\r\nSubject: t\r\n${p}`),
  fc
    .tuple(fc.array(leaf, { minLength: 1, maxLength: 4 }), fc.constantFrom('b', 'x=y', 'b b'), fc.boolean())
    .map(
      ([parts, bnd, close]) =>
        `From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="${bnd}"\r\n\r\npreamble\r\n${parts.map((p) => `--${bnd}\r\n${p}\r\n`).join('')}${close ? `--${bnd}--\r\nepilogue\r\n` : ''}`,
    ),
);

describe('postal-mime decodes the rewrite exactly like the original', () => {
  it('on generated MIME messages', async () => {
    let rewritten = 0;
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        if (await expectEquivalent(enc(m))) rewritten++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(rewritten).toBeGreaterThan(50);
  });

  const corpus = join(SHARED, 'corpus', 'dev');
  it.skipIf(!existsSync(corpus))(
    'on every message of the evaluation corpus',
    async () => {
      let rewritten = 0;
      for (const dir of ['ham', 'phish']) {
        for (const f of readdirSync(join(corpus, dir)))
          if (await expectEquivalent(new Uint8Array(readFileSync(join(corpus, dir, f))))) rewritten++;
      }
      expect(rewritten).toBeGreaterThan(300);
    },
    120_000,
  );
});

describe('postal-mime pin', () => {
  it('the installed and pinned postal-mime is the release postal-input.ts mirrors', () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/postal-mime/package.json', import.meta.url), 'utf8')).version;
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).dependencies['postal-mime'];
    expect(installed).toBe(MIRRORED_POSTAL_MIME_VERSION);
    expect(pinned).toBe(MIRRORED_POSTAL_MIME_VERSION);
  });
});
