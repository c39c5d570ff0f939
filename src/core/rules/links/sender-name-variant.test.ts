import { makeLink } from '../test-message.js';
import type { LinkInfo } from '../../model/link.js';
import { t } from '../../i18n/index.js';
import { containsAsPart, senderNameVariantFindings } from './sender-name-variant.js';

const link = (url: string, source: LinkInfo['source'] = 'html'): LinkInfo => makeLink(url, { source });

describe('sender-name-variant-link', () => {
  it('a link to another domain made of the sender name plus words or digits: low, names both', () => {
    const f = senderNameVariantFindings(
      [link('https://www.bankone.com/'), link('http://confirm-bankone.com/login'), link('http://wamu4u.com/')],
      'bankone.com',
      false,
    );
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['sender-name-variant-link:low']);
    expect(f[0]!.params).toEqual({ host: 'confirm-bankone.com', sender: 'bankone.com', count: 1 });
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('confirm-bankone.com');
    expect(senderNameVariantFindings([link('http://wamu4u.com/')], 'support.wamu.com', false)).toHaveLength(1);
  });

  it("the sender's own domain and subdomains, compound names, short names, plain-text URLs: nothing", () => {
    expect(senderNameVariantFindings([link('https://secure.bankone.com/x')], 'bankone.com', false)).toEqual([]);
    expect(senderNameVariantFindings([link('https://pics.ebaystatic.com/a.gif')], 'reply3.ebay.com', false)).toEqual([]);
    expect(senderNameVariantFindings([link('https://key-login.com/')], 'key.com', false)).toEqual([]);
    expect(senderNameVariantFindings([link('http://confirm-bankone.com/', 'text')], 'bankone.com', false)).toEqual([]);
    expect(senderNameVariantFindings([link('http://confirm-bankone.com/')], null, false)).toEqual([]);
  });

  it('an authenticated sender linking to its own second domain is not judged', () => {
    expect(senderNameVariantFindings([link('https://paypal-community.com/')], 'paypal.com', true)).toEqual([]);
  });

  it('containsAsPart: whole part at start, end, between hyphens or digits', () => {
    expect(containsAsPart('github-scanner', 'github')).toBe(true);
    expect(containsAsPart('wamu4u', 'wamu')).toBe(true);
    expect(containsAsPart('myebay', 'ebay')).toBe(false);
    expect(containsAsPart('ebay', 'ebay')).toBe(false);
    expect(containsAsPart('x-ebay-ebayz', 'ebay')).toBe(true);
  });
});
