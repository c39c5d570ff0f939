import { lookalikeFindings, defaultEngine } from '../../../../src/core/rules/lookalike/index.js';
import type { Address } from '../../../../src/core/model/message.js';
import type { LinkInfo } from '../../../../src/core/model/link.js';
import { makeLink } from '../../../../src/core/rules/test-message.js';

const addr = (address: string): Address => ({ name: '', address, local: address.split('@')[0]!, domain: address.split('@')[1]! });
const link = (url: string): LinkInfo => makeLink(url);
const input = (from: string, links: string[] = []) => ({
  from: addr(from),
  replyTo: [],
  returnPath: null,
  returnPathIsEsp: false,
  links: links.map(link),
  displayName: '',
});

describe('lookalikeFindings scope', () => {
  it('inferred own domains: close imitations count, TLD swaps and combosquats do not', () => {
    const ctx = { ownDomains: ['example.jp'], ownDomainsInferred: true };
    expect(lookalikeFindings(input('postmaster@example.co.jp'), defaultEngine(), ctx)).toEqual([]);
    expect(lookalikeFindings(input('support@example-jp-support.com'), defaultEngine(), ctx)).toEqual([]);
    const typo = lookalikeFindings(input('info@exampie.jp'), defaultEngine(), ctx);
    expect(typo.map((f) => f.id)).toEqual(['lookalike-domain']);
  });
  it('configured own domains: a TLD swap of the own domain counts', () => {
    const f = lookalikeFindings(input('postmaster@example.co.jp'), defaultEngine(), { ownDomains: ['example.jp'] });
    expect(f.map((x) => [x.id, x.params.kind])).toEqual([['lookalike-domain', 'tld-swap']]);
  });
  it('a brand under a country-code suffix is medium, under a generic TLD high', () => {
    // (apple.com.au was the example here until issue #12 taught ownership Apple's country sites: reference/brands/owned-domains.ts)
    const cc = lookalikeFindings(input('news@list.example.net', ['https://www.kagoya.com.au/shop']), defaultEngine(), { ownDomains: [] });
    expect(cc.map((x) => [x.params.kind, x.severity])).toEqual([['tld-swap', 'medium']]);
    const generic = lookalikeFindings(input('news@list.example.net', ['https://apple.xyz/login']), defaultEngine(), { ownDomains: [] });
    expect(generic.map((x) => [x.params.kind, x.severity])).toEqual([['tld-swap', 'high']]);
  });
});
