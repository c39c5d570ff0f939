// Link extraction (src/core/rules/links): the HTML tokenizer, entity decoding, bare-URL finder, wrapper unwrapping and
// extractLinks never throw, stay linear on hostile markup, and respect their caps.
import fc from 'fast-check';
import { tokenizeHtml, htmlToText } from '../../src/core/text/html-tokenizer.js';
import { decodeEntities } from '../../src/core/text/html-entities.js';
import { findTextUrls } from '../../src/core/parse/links/text-urls.js';
import { unwrapUrl } from '../../src/core/parse/links/unwrap.js';
import { shownHostOf } from '../../src/core/parse/links/shown-host.js';
import { extractLinks } from '../../src/core/parse/links/extract-links.js';
import { makeMessage } from '../../src/core/rules/test-message.js';
import { DEFAULT_LIMITS } from '../../src/core/deps.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom('http', 'https', 'hxxp', 'javascript', 'data'), domainArb, fc.stringMatching(/^[a-z0-9/._~%?=&-]{0,30}$/))
    .map(([s, d, p]) => `${s}://${d}/${p}`),
  fc.webUrl().map((u) => `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(u)}&data=x`),
  fc.webUrl().map((u) => `https://urldefense.com/v3/__${u}__;!!abc$`),
  fc.webUrl().map((u) => `https://www.google.com/url?q=${encodeURIComponent(u)}`),
);
const htmlArb = fc
  .array(
    fc.oneof(
      fc.tuple(urlArb, fc.oneof(anyText(30), domainArb, urlArb)).map(([u, t]) => `<a href="${u}">${t}</a>`),
      urlArb.map((u) => `<form action='${u}'><input name=p type=password></form>`),
      fc.constantFrom(
        '<!-- <a href="http://hidden.example/"> -->',
        '<script>var a="<a href=x>"</script>',
        '<style>a{}</style>',
        '&amp;&lt;&#x41;&#65;&nbsp;&bogus;',
        '<a href=unquoted.example/x>y</a>',
        '<br/>',
        '<![CDATA[x]]>',
        '<?xml ?>',
        '<!DOCTYPE html>',
      ),
      anyText(60),
    ),
    { maxLength: 15 },
  )
  .map((parts) => parts.join(''));
const hostileUnits = [
  '<',
  '<a',
  '<a href="',
  "<a href='",
  '<a b=',
  '<!--',
  '<!',
  '</',
  '&',
  '&#',
  '&#x',
  '&amp',
  '"',
  '<script>',
  '<a href="http://x/">',
  'http://',
  'www.',
  'https://a.b/(',
  '\u3000',
  '.',
  'a.',
];

describe('HTML tokenizer and entities (fuzz)', () => {
  it('tokenizeHtml / htmlToText never throw; tag names are lower-case; attributes capped', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText(1500), grammarString(1500, ['<', '>', '<a ', 'href=', '</a>', '<!--', '-->', '&']), mutated(htmlArb, 6)),
        (html) => {
          const toks = timed('tokenizeHtml', () => tokenizeHtml(html));
          for (const t of toks) {
            if (t.type === 'start' || t.type === 'end') expect(t.name).toBe(t.name.toLowerCase());
            if (t.type === 'start') expect(t.attrs.size).toBeLessThanOrEqual(64);
          }
          expect(typeof timed('htmlToText', () => htmlToText(html))).toBe('string');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('decodeEntities never throws, never grows the text, leaves text without "&" unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(500), grammarString(500, ['&', '#', 'x', ';', 'amp', 'lt', 'NotNestedGreaterGreater'])), (s) => {
        const out = timed('decodeEntities', () => decodeEntities(s));
        expect(out.length).toBeLessThanOrEqual(s.length);
        if (!s.includes('&')) expect(out).toBe(s);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 KB of hostile markup stays within budget', () => {
    for (const unit of hostileUnits) {
      const s = unit.repeat(Math.ceil(100_000 / unit.length));
      timed('tokenizeHtml(100KB)', () => tokenizeHtml(s), 1000);
      timed('decodeEntities(100KB)', () => decodeEntities(s), 500);
      timed('findTextUrls(100KB)', () => findTextUrls(s), 500);
      timed('shownHostOf(100KB)', () => shownHostOf(s), 500);
    }
  });
});

describe('bare URLs, shown hosts, unwrapping (fuzz)', () => {
  it('findTextUrls: results are http(s) URLs found in the text, capped', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(800),
          fc.array(fc.oneof(urlArb, anyText(20)), { maxLength: 10 }).map((x) => x.join(' ')),
        ),
        fc.integer({ min: 0, max: 20 }),
        (text, max) => {
          const urls = timed('findTextUrls', () => findTextUrls(text, max));
          expect(urls.length).toBeLessThanOrEqual(max);
          for (const u of urls) {
            expect(u.url).toMatch(/^https?:\/\//i);
            const shown = /^http:\/\/www\./i.test(u.url) && !text.slice(u.index).toLowerCase().startsWith('http') ? u.url.slice(7) : u.url;
            expect(text.slice(u.index, u.index + shown.length)).toBe(shown);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('shownHostOf never throws and returns a host-like string or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), anyText(300), domainArb, urlArb), (t) => {
        const h = timed('shownHostOf', () => shownHostOf(t));
        expect(h === null || (typeof h === 'string' && !/\s/.test(h))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('unwrapUrl never throws; nesting is bounded', () => {
    const nested = fc.tuple(fc.webUrl(), fc.integer({ min: 0, max: 12 })).map(([u, n]) => {
      let s = u;
      for (let i = 0; i < n; i++) s = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(s)}`;
      return s;
    });
    fc.assert(
      fc.property(fc.oneof(anyText(400), urlArb, nested, mutated(urlArb, 4)), (u) => {
        const r = timed('unwrapUrl', () => unwrapUrl(u));
        expect(typeof r.target).toBe('string');
        expect(r.unwrapped.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('extractLinks (fuzz)', () => {
  it('never throws; respects maxLinks; hosts are consistent', () => {
    fc.assert(
      fc.property(
        fc.oneof(htmlArb, anyText(1000)),
        fc.oneof(
          anyText(500),
          fc.array(urlArb, { maxLength: 8 }).map((u) => u.join('\n')),
        ),
        fc.integer({ min: 0, max: 30 }),
        (html, text, maxLinks) => {
          const msg = makeMessage({
            html,
            text,
            attachments: [{ filename: 'x.html', mimeType: 'text/html', size: html.length, text: html }],
          });
          const links = timed('extractLinks', () => extractLinks(msg, { ...DEFAULT_LIMITS, maxLinks }));
          expect(links.length).toBeLessThanOrEqual(maxLinks);
          for (const l of links) {
            expect(Array.isArray(l.flags)).toBe(true);
            if (l.hostAscii !== null) expect(l.hostAscii).toMatch(/^[\x21-\x7e]+$/);
            expect(() => JSON.stringify(l)).not.toThrow();
          }
        },
      ),
      { numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });
});
