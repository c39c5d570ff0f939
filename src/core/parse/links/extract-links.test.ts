import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../../deps.js';
import { addr, makeMessage, messageFromEml } from '../../rules/test-message.js';
import { extractLinks } from './extract-links.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/eml/${name}`, import.meta.url));
const sample = (name: string) => readFileSync(`${SHARED}/samples/${name}`);

describe('extractLinks', () => {
  it('kagoya phish: anchor text shows www.kagoya.com, href goes to azurefd.net with the recipient address', async () => {
    const links = extractLinks(await messageFromEml(sample('kagoya-phish.eml')), DEFAULT_LIMITS);
    // The same URL in the text part is not repeated.
    expect(links).toHaveLength(1);
    const l = links[0]!;
    expect(l.source).toBe('html');
    expect(l.text).toBe('https://www.kagoya.com/support/password');
    expect(l.shownHost).toBe('www.kagoya.com');
    expect(l.host).toBe('kagoya-support-notification.azurefd.net');
    expect(l.registrableDomain).toBe('kagoya-support-notification.azurefd.net');
    expect(l.flags).toEqual(expect.arrayContaining(['text-mismatch', 'credential-path', 'recipient-in-url']));
  });

  it('kagoya legit: one plain link, no flags', async () => {
    const links = extractLinks(await messageFromEml(sample('kagoya-legit.eml')), DEFAULT_LIMITS);
    expect(links.map((l) => [l.target, l.source, l.flags])).toEqual([['https://www.kagoya.jp/support/maintenance/', 'text', []]]);
  });

  it('unwraps wrappers and flags shortener, IP literal, punycode, opaque wrapper and forms', async () => {
    const links = extractLinks(await messageFromEml(fixture('safelinks-wrapped.eml')), DEFAULT_LIMITS);
    const by = (host: string) => links.find((l) => l.hostAscii === host);
    const short = by('bit.ly')!;
    expect(short.unwrapped).toEqual(['nam02.safelinks.protection.outlook.com']);
    expect(short.flags).toEqual(expect.arrayContaining(['shortener', 'text-mismatch']));
    expect(by('192.168.0.1')!.flags).toContain('ip-literal');
    const puny = by('xn--pple-43d.com')!;
    expect(puny.host).toBe('\u0430pple.com');
    expect(puny.flags).toEqual(expect.arrayContaining(['punycode', 'text-mismatch']));
    const mc = links.find((l) => l.unwrapped.includes('protect-eu.mimecast.com'))!;
    expect(mc.flags).toContain('wrapper-opaque');
    expect(mc.flags).not.toContain('text-mismatch');
    // Relative action with no <base> before it: the form is recorded, its target is unknown.
    expect(links.filter((l) => l.source === 'form')).toHaveLength(1);
  });

  it('reads forms, password inputs and script URLs inside .html attachments', async () => {
    const links = extractLinks(await messageFromEml(fixture('html-attachment-form.eml')), DEFAULT_LIMITS);
    const att = links.filter((l) => l.source === 'attachment');
    const form = att.find((l) => l.flags.includes('form'))!;
    expect(form.host).toBe('collect.attacker.example');
    expect(form.flags).toContain('password-input');
    expect(att.some((l) => l.host === 'backup.attacker.example' && l.flags.includes('script'))).toBe(true);
  });

  it('flags credential fields of forms in the message body', () => {
    const msg = makeMessage({
      html:
        '<form action="https://p.example/x"><input type="hidden" name="t"><input name="user_email"></form>' +
        '<form action="https://s.example/search"><input name="q"></form>',
    });
    expect(extractLinks(msg, DEFAULT_LIMITS).map((l) => l.flags)).toEqual([['form', 'credential-input'], ['form']]);
  });

  it('an e-mail field alone (a subscription box) is not a credential field (issue #12)', () => {
    const msg = makeMessage({
      html: '<form action="https://news.example/sub"><input type="email" name="email"><input type="submit"></form>',
    });
    expect(extractLinks(msg, DEFAULT_LIMITS).map((l) => l.flags)).toEqual([['form']]);
  });

  it('resolves relative links against <base>, reads <area> and meta refresh, skips mailto/tel/#', () => {
    const msg = makeMessage({
      to: [addr('u@home.example')],
      html:
        '<base href="https://base.example/dir/"><a href="page?x=1">here</a><area href="/map" alt="m">' +
        '<meta http-equiv="Refresh" content="0; URL=\'https://go.example/next\'"><a href="mailto:a@b.example">m</a>' +
        '<a href="tel:123">t</a><a href="#top">top</a><a href="javascript:void(0)">js</a>',
    });
    expect(extractLinks(msg, DEFAULT_LIMITS).map((l) => l.target)).toEqual([
      'https://base.example/dir/page?x=1',
      'https://base.example/map',
      'https://go.example/next',
    ]);
  });

  it('does not flag click-tracking redirects of mail services as text mismatches', async () => {
    const links = extractLinks(await messageFromEml(fixture('newsletter-esp.eml')), DEFAULT_LIMITS);
    const l = links.find((x) => x.hostAscii === 'u123.ct.sendgrid.net')!;
    expect(l.flags).toContain('tracker');
    expect(l.flags).not.toContain('text-mismatch');
  });

  it('compares text showing a Safe Links URL by the site it opens (issue #12)', () => {
    const safe = 'https://nor01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2F1x&amp;data=04';
    const ok = makeMessage({ html: `<a href="${safe}">${safe}</a>` });
    expect(extractLinks(ok, DEFAULT_LIMITS)[0]!.flags).not.toContain('text-mismatch');
    // the same wrapped text on a link to another site is still a mismatch
    const bad = makeMessage({ html: `<a href="https://evil.example/drive">${safe}</a>` });
    expect(extractLinks(bad, DEFAULT_LIMITS)[0]!.flags).toContain('text-mismatch');
  });

  it('follows a click counter that marks the destination with stars to the shop it opens (issue #12)', () => {
    const click = 'http://www.agency.example/mm/Clickthrough/233/270/uBn6_sdjVJ8D/*http://www.shop.ie*http://www.shop.ie';
    const ok = extractLinks(makeMessage({ html: `<a href="${click}">www.shop.ie</a>` }), DEFAULT_LIMITS)[0]!;
    expect(ok.target).toBe('http://www.shop.ie');
    expect(ok.flags).not.toContain('text-mismatch');
    // a star-marked redirect to a site other than the text: a mismatch, as the old Yahoo redirect phish did
    const bad = extractLinks(
      makeMessage({ html: '<a href="http://rds.redirect.example/*http://218.57.1.2/pp">www.paypal.com</a>' }),
      DEFAULT_LIMITS,
    )[0]!;
    expect(bad.flags).toContain('text-mismatch');
  });

  it('finds a base64-encoded recipient address in the URL', () => {
    const enc = btoa('victim@corp.example');
    const msg = makeMessage({ to: [addr('victim@corp.example')], text: `https://x.example/#${enc}` });
    expect(extractLinks(msg, DEFAULT_LIMITS)[0]!.flags).toContain('recipient-in-url');
  });

  it('dedupes and caps at limits.maxLinks; bad limits give no links rather than an exception', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<a href="https://h${i}.example/">x</a><a href="https://h${i}.example/">x</a>`).join(
      '',
    );
    const msg = makeMessage({ html });
    expect(extractLinks(msg, { ...DEFAULT_LIMITS, maxLinks: 500 })).toHaveLength(50);
    expect(extractLinks(msg, { ...DEFAULT_LIMITS, maxLinks: 7 })).toHaveLength(7);
    expect(extractLinks(msg, { ...DEFAULT_LIMITS, maxLinks: Number.NaN })).toHaveLength(0);
  });
});
