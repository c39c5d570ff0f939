import { addr, makeMessage } from '../test-message.js';
import { t } from '../../i18n/index.js';
import { createHtmlSource } from '../../text/html-source.js';
import { IMAGE_SHARING_HOSTS, imageSharingHost } from '../../reference/hosting/image-hosts.js';
import { imageSharingFindings } from './image-sharing-site.js';

const MAX = 512 * 1024;
const msg = (html: string, from = 'promo@shop-deals.example') => makeMessage({ from: addr(from, 'Deals'), html });

describe('image-sharing-site', () => {
  it('pictures hot-linked from a public image-sharing site: low, names the site, counts the images', () => {
    const html =
      '<p>Your parcel</p><img src="https://i.imgur.com/AbCdEf1.png"><img src=//i.ibb.co/xyz/banner.jpg>' +
      '<img src="https://www.zupimages.net/up/24/01/logo.png"><img src="https://cdn.shop-deals.example/a.png">';
    const f = imageSharingFindings(msg(html), MAX);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['image-sharing-site:low']);
    expect(f[0]!.params).toMatchObject({ site: 'imgur.com', count: 3 });
    expect(f[0]!.evidence.map((e) => e.label)).toEqual(['imgur.com', 'ibb.co', 'zupimages.net']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('imgur.com');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('imgur.com');
  });

  it('reads the shared HTML tokens when given (same result)', () => {
    const html = '<img src="https://i.postimg.cc/abc/x.png">';
    const m = msg(html);
    expect(imageSharingFindings(m, MAX, createHtmlSource(html))).toEqual(imageSharingFindings(m, MAX));
  });

  it('own pictures, mail-service image stores, links (not images) to the site, data: images: nothing', () => {
    expect(imageSharingFindings(msg('<img src="https://images.shop-deals.example/logo.png">'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg('<img src="https://cdn.mcauto-images-production.sendgrid.net/a/b.png">'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg('<a href="https://imgur.com/gallery/x">my photos</a>'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg('<img src="data:image/png;base64,iVBORw0KGgo=">'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg('<img src="https://pbs.twimg.com/media/x.jpg">'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg('<img src="https://notimgur.com/x.png">'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg(''), MAX)).toEqual([]);
  });

  it("the site's own mail is not counted (Discord's notifications show Discord attachments)", () => {
    const html = '<img src="https://cdn.discordapp.com/attachments/1/2/x.png">';
    expect(imageSharingFindings(msg(html, 'noreply@discord.com'), MAX)).toEqual([]);
    expect(imageSharingFindings(msg(html), MAX).map((x) => x.params.site)).toEqual(['cdn.discordapp.com']);
  });

  it('malformed sources never throw', () => {
    expect(imageSharingFindings(msg('<img src="https://[bad/x.png"><img src="http://">'), MAX)).toEqual([]);
  });

  it('the host list is sorted, lower-case, unique hostnames; subdomains match, look-alike names do not', () => {
    expect([...IMAGE_SHARING_HOSTS].sort()).toEqual(IMAGE_SHARING_HOSTS);
    expect(new Set(IMAGE_SHARING_HOSTS).size).toBe(IMAGE_SHARING_HOSTS.length);
    for (const h of IMAGE_SHARING_HOSTS) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(imageSharingHost('I.IMGUR.COM.')).toBe('imgur.com');
    expect(imageSharingHost('imgur.com.evil.example')).toBeNull();
  });
});
