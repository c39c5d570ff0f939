/**
 * Property tests for the #13 readers: carried-URL decoding and generic redirect unwrapping (never throw, hops
 * bounded, every followed target an http(s) URL) and the PDF link reader (never throws, URIs capped, bounded time
 * on hostile bytes with and without inflate).
 */
import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { decodeCarriedUrl, embeddedUrl } from '../../src/core/parse/links/embedded-url.js';
import { unwrapUrl } from '../../src/core/parse/links/unwrap.js';
import { pdfLinks } from '../../src/core/parse/pdf/pdf-links.js';
import { inflate } from '../../src/platform/shared/inflate.js';
import { HEAVY_RUNS, NUM_RUNS, anyText, grammarString, mutated, timed, timedAsync } from './fuzz-util.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');
const carried = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .chain((u) =>
    fc.constantFrom(
      u,
      encodeURIComponent(u),
      encodeURIComponent(encodeURIComponent(u)),
      Buffer.from(u).toString('base64'),
      `a1${b64url(u)}`,
    ),
  );
const redirectUrl = fc
  .tuple(
    fc.webUrl(),
    fc.constantFrom('url', 'u', 'q', 'next', 'dest', 'redirect', 'foo'),
    carried,
    fc.constantFrom('/r', '/redirect', '/page', '/ck/a', '/ap/signin'),
  )
  .map(([base, k, v, path]) => `${new URL(base).origin}${path}?${k}=${v}`);
const nested = fc.tuple(fc.webUrl(), fc.integer({ min: 0, max: 12 })).map(([u, n]) => {
  let s = u;
  for (let i = 0; i < n; i++) s = `https://hop${i}.example.net/redirect?url=${encodeURIComponent(s)}#${i}`;
  return s;
});

describe('embedded URLs and generic unwrapping', () => {
  it('decodeCarriedUrl never throws and returns only absolute http(s) URLs', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(400), grammarString(400, ['aHR0c', '%25', '%3A', 'http']), carried, mutated(carried, 4)), (v) => {
        const r = timed('decodeCarriedUrl', () => decodeCarriedUrl(v));
        if (r) expect(r.url).toMatch(/^https?:\/\//i);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('embeddedUrl and unwrapUrl never throw; hops bounded; the target is the input or an http(s) URL', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(400), redirectUrl, nested, mutated(redirectUrl, 4)), fc.integer({ min: 1, max: 8 }), (u, hops) => {
        try {
          timed('embeddedUrl', () => embeddedUrl(new URL(u)));
        } catch (e) {
          if (!(e instanceof TypeError)) throw e;
        } // new URL may reject
        const r = timed('unwrapUrl', () => unwrapUrl(u, hops));
        expect(r.unwrapped.length).toBeLessThanOrEqual(hops);
        expect(r.redirects.every((h) => r.unwrapped.includes(h))).toBe(true);
        if (r.unwrapped.length) expect(r.target).toMatch(/^https?:\/\//i);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('pdfLinks', () => {
  const limits = { maxStreams: 20, maxInflatedBytes: 1 << 20, maxUris: 10 };
  const pdfText = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '/URI ',
          '(',
          ')',
          '\\',
          '<',
          '>',
          '<<',
          '>>',
          'stream\n',
          'endstream',
          ' obj ',
          '/Type /ObjStm /Filter /FlateDecode',
          '/S /URI',
          '\\(',
          '\\061',
        ),
        fc.webUrl().map((u) => `/URI (${u})`),
        anyText(40),
      ),
      { maxLength: 200 },
    )
    .map((parts) => '%PDF-1.7\n' + parts.join(''));
  it('never throws, caps URIs, bounded time on hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(pdfText, async (t) => {
        const r = await timedAsync(
          'pdfLinks',
          () =>
            pdfLinks(
              Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff),
              inflate,
              limits,
            ),
          1000,
        );
        expect(r.uris.length).toBeLessThanOrEqual(limits.maxUris);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });
  it('random and corrupted compressed streams never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (junk, deflated) => {
        const body = deflated ? deflateSync(Buffer.from(junk)) : Buffer.from(junk);
        const pdf = Buffer.concat([
          Buffer.from('%PDF-1.7\n1 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\n'),
          body,
          Buffer.from('\nendstream\nendobj\n'),
        ]);
        const r = await timedAsync('pdfLinks', () => pdfLinks(new Uint8Array(pdf), inflate, limits), 1000);
        expect(r.notPdf).toBe(false);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });
  it('1 MB of repeated tokens stays within budget', async () => {
    const big = Uint8Array.from('%PDF-1.7\n' + '/URI ((((\\'.repeat(100_000) + 'stream\nendstream'.repeat(10_000), (c) => c.charCodeAt(0));
    const r = await timedAsync('pdfLinks', () => pdfLinks(big, inflate, limits), 3000);
    expect(r.uris.length).toBeLessThanOrEqual(limits.maxUris);
  });
});
