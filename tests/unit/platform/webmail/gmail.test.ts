import {
  decodeHtmlText,
  extractShowOriginal,
  fetchGmailRaw,
  gmailAccountPath,
  gmailBannerPlacement,
  gmailDecimalToHex,
  gmailDownloadUrl,
  gmailOpenMessages,
  gmailShowOriginalUrl,
  isGmailLocation,
} from '../../../../src/platform/webmail/gmail.js';
import { gmailIkFromScripts, nthArrayElement } from '../../../../src/platform/webmail/gmail-globals.js';
import { fakeDocument, fakeFetch, fakeLocation, h } from './fake-dom.js';

const LOC = fakeLocation('https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJGxyz');
const DEC = '1783090051234567890';
const HEX = BigInt(DEC).toString(16);

/** One expanded message as Gmail renders it (structure only: class names and data attributes, no Google content). */
const expanded = (dec: string, body: ReturnType<typeof h> = h('div', {}, 'hello')) =>
  h(
    'div.adn.ads',
    { 'data-message-id': `#msg-f:${dec}`, 'data-legacy-message-id': BigInt(dec).toString(16) },
    h('div.gs', {}, h('div.gE', {}, 'header'), h('div.ii.gt', {}, h('div.a3s.aiL', {}, body))),
  );

describe('Gmail ids and URLs', () => {
  it('maps decimal msg-f ids to the legacy hex id within 64 bits', () => {
    expect(gmailDecimalToHex(DEC)).toBe(HEX);
    expect(gmailDecimalToHex('18446744073709551616')).toBeNull();
    expect(gmailDecimalToHex('0')).toBeNull();
    expect(gmailDecimalToHex('12a')).toBeNull();
  });
  it('keeps the account number of the path', () => {
    expect(gmailAccountPath(LOC)).toBe('/mail/u/1/');
    expect(gmailAccountPath(fakeLocation('https://mail.google.com/mail/#inbox'))).toBe('/mail/u/0/');
    expect(isGmailLocation(LOC)).toBe(true);
    expect(isGmailLocation(fakeLocation('https://mail.google.com.evil.test/mail/u/0/'))).toBe(false);
  });
  it('builds the download and show-original URLs on the page origin', () => {
    const d = new URL(gmailDownloadUrl(LOC, { hex: HEX }, 'n1'));
    expect(d.origin + d.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(Object.fromEntries(d.searchParams)).toEqual({ view: 'att', th: HEX, attid: '0', disp: 'comp', safe: '1', zw: '', _sl: 'n1' });
    const o = new URL(gmailShowOriginalUrl(LOC, { decimal: DEC }, 'abcdef0123'));
    expect(Object.fromEntries(o.searchParams)).toEqual({ ik: 'abcdef0123', view: 'om', permmsgid: `msg-f:${DEC}` });
  });
});

describe('GLOBALS[9] (ik)', () => {
  it('takes the tenth top-level element, skipping nested arrays and strings with commas', () => {
    const s = 'var GLOBALS=[null,"a,b",[1,[2,3]],{"k":"]"},5,"x\\"y",7,8,"en","0123abcdef",11];';
    expect(gmailIkFromScripts(s)).toBe('0123abcdef');
    expect(nthArrayElement('[1,2]', 0, 5)).toBeNull();
  });
  it('rejects a missing or oddly shaped ik', () => {
    expect(gmailIkFromScripts('var x=[1,2,3]')).toBeNull();
    expect(gmailIkFromScripts('GLOBALS=[0,1,2,3,4,5,6,7,8,"<script>"]')).toBeNull();
    expect(gmailIkFromScripts('GLOBALS=[0,1,2,3,4,5,6,7,8,12345]')).toBeNull();
  });
});

describe('gmailOpenMessages', () => {
  it('finds expanded messages of a thread, skipping collapsed ones', () => {
    const doc = fakeDocument(
      h('h2.hP', {}, 'subject'),
      expanded(DEC),
      h('div.adn', { 'data-message-id': '#msg-f:1783090051234567891' }, h('div.kv')),
      expanded('1783090051234567892'),
    );
    expect(gmailOpenMessages(doc).map((r) => r.decimal)).toEqual([DEC, '1783090051234567892']);
    expect(gmailOpenMessages(doc)[0]).toMatchObject({ hex: HEX, key: `gmail|${DEC}` });
  });
  it('ignores look-alike markup inside a message body (forgeable)', () => {
    const forged = h('div.adn', { 'data-message-id': '#msg-f:1111111111' }, h('div.a3s', {}, 'fake'));
    const doc = fakeDocument(expanded(DEC, h('div', {}, forged)));
    expect(gmailOpenMessages(doc).map((r) => r.decimal)).toEqual([DEC]);
  });
  it('rejects malformed ids and a legacy id that disagrees', () => {
    const bad = (attrs: Record<string, string>) => h('div.adn', attrs, h('div.a3s'));
    const doc = fakeDocument(
      bad({ 'data-message-id': '#msg-f:12x' }),
      bad({ 'data-message-id': '#msg-a:r123' }),
      bad({ 'data-message-id': '#msg-f:99999999999999999999' }),
      bad({ 'data-message-id': `#msg-f:${DEC}`, 'data-legacy-message-id': 'deadbeef' }),
    );
    expect(gmailOpenMessages(doc)).toEqual([]);
  });
  it('places the banner before the body wrapper, inside the message container', () => {
    const [ref] = gmailOpenMessages(fakeDocument(expanded(DEC)));
    const p = gmailBannerPlacement(ref!);
    expect(p.position).toBe('before');
    expect(p.anchor.getAttribute('class')).toBe('ii gt');
  });
});

describe('Show original page', () => {
  it('extracts and decodes the pre text with CRLF line ends', () => {
    const html =
      '<html><body><pre class="raw_message_text" id="raw_message_text">From: &lt;a@b.test&gt;\nSubject: x &amp; y &#x3042;\n\nbody</pre></body></html>';
    expect(extractShowOriginal(html)).toBe('From: <a@b.test>\r\nSubject: x & y \u3042\r\n\r\nbody');
    expect(extractShowOriginal('<html>no</html>')).toBeNull();
    expect(decodeHtmlText('&#0;&bogus;&#x110000;')).toBe('&#0;&bogus;&#x110000;');
  });
});

describe('fetchGmailRaw', () => {
  const doc = fakeDocument(h('script', {}, 'var GLOBALS=[0,1,2,3,4,5,6,7,8,"0a1b2c3d4e"];'), expanded(DEC));
  const [ref] = gmailOpenMessages(doc);
  it('uses the exact download when it works', async () => {
    const f = fakeFetch(() => new Response('Received: x\r\n\r\nb', { headers: { 'content-type': 'message/rfc822' } }));
    const r = await fetchGmailRaw(f.fetch, LOC, doc, ref!, 'n');
    expect(r).toMatchObject({ ok: true, exact: true });
    expect(f.urls).toHaveLength(1);
  });
  it('falls back to Show original (inexact) when the download is refused', async () => {
    const f = fakeFetch((url) =>
      new URL(url).searchParams.get('view') === 'om'
        ? new Response('<pre id="raw_message_text">Subject: s\n\nb</pre>', { headers: { 'content-type': 'text/html' } })
        : new Response('<html>sign in</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const r = await fetchGmailRaw(f.fetch, LOC, doc, ref!, 'n');
    expect(r).toMatchObject({ ok: true, exact: false });
    if (r.ok) expect(new TextDecoder().decode(r.bytes)).toBe('Subject: s\r\n\r\nb');
  });
  it('fails cleanly without an ik', async () => {
    const noIk = fakeDocument(expanded(DEC));
    const f = fakeFetch(() => new Response('', { status: 500 }));
    expect(await fetchGmailRaw(f.fetch, LOC, noIk, gmailOpenMessages(noIk)[0]!, 'n')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('account key'),
    });
  });
});
