import { DEFAULT_LIMITS } from '../../deps.js';
import { extractLinks } from '../../parse/links/extract-links.js';
import { addr, makeMessage } from '../test-message.js';
import { senderPagesOf } from './sender-page.js';

const mismatch = (from: string, html: string): boolean =>
  extractLinks(makeMessage({ from: addr(from), html }), DEFAULT_LIMITS).some((l) => l.flags.includes('text-mismatch'));

describe("the sender's own page about the site its link text names (issue #12)", () => {
  it("a link to the sender's site at a page named after the shown site is not a text mismatch", () => {
    // a retailer's newsletter: the text names the partner shop, the link opens the sender's page for it
    expect(mismatch('news@retailer.ie', '<a href="http://www.retailer.ie/partnershop">PartnerShop.ie</a>')).toBe(false);
    expect(mismatch('news@retailer.ie', '<a href="https://retailer.ie/offers/PartnerShop.html">partnershop.ie</a>')).toBe(false);
  });
  it('phishing from its own domain still mismatches: no page named after the shown site', () => {
    // sent from the phisher's domain, text shows a brand, link opens the phisher's site
    expect(mismatch('info@transbizz.com', '<a href="https://transbizz.com//?mbg=oj">www.amazon.com</a>')).toBe(true);
    expect(mismatch('info@transbizz.com', '<a href="https://transbizz.com/login">www.amazon.com</a>')).toBe(true);
  });
  it('a look-alike sender naming its page after the brand it imitates still mismatches', () => {
    expect(mismatch('alert@paypal-help.com', '<a href="https://paypal-help.com/paypal">www.paypal.com</a>')).toBe(true);
  });
  it('a page named after the shown site on another domain than the sender still mismatches', () => {
    expect(mismatch('news@retailer.ie', '<a href="http://evil.example/partnershop">partnershop.ie</a>')).toBe(true);
  });
  it('needs a From domain, a shown site and a name long enough to say which site', () => {
    const msg = (from: string) => makeMessage({ from: addr(from) });
    expect(senderPagesOf(makeMessage()).isPageAbout('http://a.example/b', 'a.example', 'b.example')).toBe(false);
    expect(senderPagesOf(msg('x@a.example')).isPageAbout('http://a.example/hp', 'a.example', 'hp.com')).toBe(false);
    expect(senderPagesOf(msg('x@a.example')).isPageAbout('http://a.example/shop', 'a.example', null)).toBe(false);
    expect(senderPagesOf(msg('x@a.example')).isPageAbout('not a url', 'a.example', 'shop.example')).toBe(false);
  });
});
