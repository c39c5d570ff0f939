import { addr } from '../test-message.js';
import { t } from '../../i18n/index.js';
import { domainTokens, randomDomainFindings } from './random-domain.js';

describe('random-looking-domain', () => {
  it('a From domain made of a random string: low, names the label', () => {
    const f = randomDomainFindings(addr('info@d1kkowrc5ix7ksukl8f4.com', 'Rewards'), [], false);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['random-looking-domain:low']);
    expect(f[0]!.params).toMatchObject({ token: 'd1kkowrc5ix7ksukl8f4', address: 'info@d1kkowrc5ix7ksukl8f4.com', where: 'from-domain' });
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('d1kkowrc5ix7ksukl8f4');
  });

  it('a reply address with a random local part or on a random domain (Reply-To differing from From)', () => {
    const local = randomDomainFindings(addr('notifications@followups.typeform.io'), [addr('h9v9j7ogzg707rtk@gmx.net')], false);
    expect(local.map((x) => [x.messageKey, x.params.token])).toEqual([['finding.random-looking-domain-reply', 'h9v9j7ogzg707rtk']]);
    const dom = randomDomainFindings(addr('drive-shares-noreply@google.com'), [addr('guthrey@yjbjgbjgald.kopy.mom')], false);
    expect(dom.map((x) => x.params.token)).toEqual(['yjbjgbjgald']);
  });

  it('readable domains and reply addresses, short labels, punycode, the same address as From: nothing', () => {
    expect(randomDomainFindings(addr('news@mail.harpercollins.com'), [addr('support@harpercollins.com')], false)).toEqual([]);
    expect(randomDomainFindings(addr('a@kq7x3.com'), [], false)).toEqual([]);
    expect(randomDomainFindings(addr('a@xn--fsqu00a2tb7ryq.example'), [], false)).toEqual([]);
    expect(randomDomainFindings(addr('kernel-dev@vger.kernel.org'), [addr('kernel-dev@vger.kernel.org')], false)).toEqual([]);
    expect(randomDomainFindings(null, [], false)).toEqual([]);
  });

  it('nothing when random-looking-sender already reported the From address', () => {
    expect(randomDomainFindings(addr('info@d1kkowrc5ix7ksukl8f4.com'), [], true)).toEqual([]);
  });

  it('domainTokens: labels below the public suffix, split at dots and hyphens', () => {
    expect(domainTokens('News.Example-Shop.co.uk.')).toEqual(['news', 'example', 'shop']);
    expect(domainTokens('')).toEqual([]);
    // Empty pieces and punycode labels left out (a label starting with `-` gives no public suffix: all labels count).
    expect(domainTokens('a--b.xn--bcher-kva.-c-.d1kk.example.com')).toEqual(['a', 'b', 'c', 'd1kk', 'example', 'com']);
    // At most MAX_TOKENS (40) tokens, the first ones.
    const many = Array.from({ length: 30 }, (_, i) => `x${i}-y${i}`).join('.');
    expect(domainTokens(`${many}.example.com`)).toEqual(Array.from({ length: 20 }, (_, i) => [`x${i}`, `y${i}`]).flat());
  });
});
