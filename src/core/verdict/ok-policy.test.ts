import { linksStayWithSender } from './ok-policy.js';
import type { LinkInfo } from '../model/link.js';

const link = (target: string, registrableDomain: string | null, flags: string[] = []): LinkInfo => ({
  href: target,
  target,
  unwrapped: [],
  host: null,
  hostAscii: null,
  registrableDomain,
  text: null,
  shownHost: null,
  source: 'html',
  flags,
  ips: [],
  asn: null,
  asName: null,
});

describe('linksStayWithSender (what ✓ needs besides authentication)', () => {
  it('holds with no links, or links to the sender organisation and its mailing service', () => {
    expect(linksStayWithSender([], 'mail.example.com')).toBe(true);
    expect(linksStayWithSender([link('https://www.example.com/a', 'example.com')], 'news.example.com')).toBe(true);
    expect(linksStayWithSender([link('https://t.esp.example/c', 'esp.example')], 'example.com', 'bounce@esp.example')).toBe(true);
    expect(linksStayWithSender([link('https://x.example/c', 'x.example', ['tracker'])], 'example.com')).toBe(true);
  });
  it('fails when a link leads to another site, or without a sender', () => {
    expect(
      linksStayWithSender(
        [link('https://www.example.com/', 'example.com'), link('https://login.other.example/', 'other.example')],
        'example.com',
      ),
    ).toBe(false);
    expect(linksStayWithSender([link('http://192.0.2.1/', null)], 'example.com')).toBe(false);
    expect(linksStayWithSender([], null)).toBe(false);
  });
});
