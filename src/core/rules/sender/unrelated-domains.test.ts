import type { LinkInfo } from '../../model/link.js';
import { t } from '../../i18n/index.js';
import { addr, makeMessage, makeLink } from '../test-message.js';
import { unrelatedDomainsFindings } from './unrelated-domains.js';

const link = (url: string, registrableDomain: string, source: LinkInfo['source'] = 'html'): LinkInfo =>
  makeLink(url, { registrableDomain, source });
const msg = (from: string, messageId: string | null, returnPath: string | null = null) =>
  makeMessage({ from: addr(from, 'CVS Team'), fromAll: [addr(from, 'CVS Team')], messageId, returnPath });
const ids = (m: ReturnType<typeof msg>, links: LinkInfo[]) => unrelatedDomainsFindings(m, links).map((f) => `${f.id}:${f.severity}`);

describe('unrelated-domains', () => {
  it('sender, Message-ID maker and links on three unrelated domains: low, explained in en and ja', () => {
    const m = msg('info@zhishangmingzhan.com', '<aifbkvd.gswarj.gtes@jdoigebw.com>');
    const f = unrelatedDomainsFindings(m, [link('https://metaverseshades.com/x', 'metaverseshades.com')]);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['unrelated-domains:low']);
    expect(f[0]!.params).toMatchObject({ from: 'zhishangmingzhan.com', messageId: 'jdoigebw.com', link: 'metaverseshades.com' });
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('jdoigebw.com');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('metaverseshades.com');
  });
  it("an organisation's own mail: Message-ID of its domain, links to its site", () => {
    expect(ids(msg('news@shop.example', '<1@mail.shop.example>'), [link('https://partner.example/', 'partner.example')])).toEqual([]);
    expect(ids(msg('news@shop.example', '<1@mta.other.example>'), [link('https://www.shop.example/sale', 'shop.example')])).toEqual([]);
  });
  it('legitimate near-misses: mailbox providers and bulk-mail services make the Message-ID, click counters share it', () => {
    const away = [link('https://news.example.org/story', 'news.example.org')];
    // Microsoft 365 and Google Workspace stamp their own host in the Message-ID of a company's mail
    expect(ids(msg('jane@company.example', '<SA0PR04MB7370@SA0PR04MB7370.namprd04.prod.outlook.com>'), away)).toEqual([]);
    expect(ids(msg('jane@company.example', '<CAF=abc@mail.gmail.com>'), away)).toEqual([]);
    // an ESP's Message-ID, or its bounce address
    expect(ids(msg('deals@brand.example', '<0101018f@us-west-2.amazonses.com>'), away)).toEqual([]);
    expect(ids(msg('deals@brand.example', '<x@mta1.brand-mailer.example>', 'bounce@sendgrid.net'), away)).toEqual([]);
    // the links go through the same platform that made the Message-ID (its click counter)
    expect(
      ids(msg('deals@brand.example', '<x@mta1.mailer.example>'), [link('https://click.mailer.example/c/1', 'mailer.example')]),
    ).toEqual([]);
  });
  it('nothing to compare: no clickable link, plain-text URLs only, no usable Message-ID', () => {
    const m = msg('a@one.example', '<x@two.example>');
    expect(ids(m, [])).toEqual([]);
    expect(ids(m, [link('https://three.example/', 'three.example', 'text')])).toEqual([]);
    expect(ids(msg('a@one.example', '<123@localhost>'), [link('https://three.example/', 'three.example')])).toEqual([]);
    expect(ids(msg('a@one.example', null), [link('https://three.example/', 'three.example')])).toEqual([]);
  });
});
