import { brandClaimFindings, claimedForeignBrand } from './brand-claim.js';
import { brandsNamedIn } from './brand-names.js';
import { addr, makeLink } from '../test-message.js';
import { t } from '../../i18n/index.js';
import type { LinkInfo } from '../../model/link.js';

function link(host: string): LinkInfo {
  return makeLink(`https://${host}/x`, { registrableDomain: host });
}
const ctx = { links: [] as LinkInfo[], listRewrite: false, freeMail: false };

describe('brandsNamedIn', () => {
  it('finds brands behind invisible characters, look-alike letters and CamelCase', () => {
    expect(brandsNamedIn('Mic\u{E0139}ros\u{E0139}o\u{E0139}ft Service').map((b) => b.entity.id)).toEqual(['microsoft']);
    expect(brandsNamedIn('CoinbaseWaIIet').map((b) => b.entity.id)).toEqual(['coinbase']);
    expect(brandsNamedIn('Р\u0430yP\u0430l').map((b) => b.entity.id)).toEqual(['paypal']); // Cyrillic Р and а
    expect(brandsNamedIn('Google Gemini').map((b) => b.entity.id)).toContain('google');
    expect(brandsNamedIn('Alice Smith')).toEqual([]);
    expect(brandsNamedIn('')).toEqual([]);
  });
});

describe('display-name-brand-mismatch', () => {
  it('a brand name on a domain the brand does not own', () => {
    const f = brandClaimFindings(addr('bradesco@sac.example.br', 'Bradesco'), ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      id: 'display-name-brand-mismatch',
      severity: 'medium',
      params: { brand: 'Bradesco', address: 'bradesco@sac.example.br' },
    });
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('calls itself Bradesco');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('Bradesco を名乗っています');
  });
  it('is high when every link goes away from the brand, medium when one goes to it', () => {
    expect(brandClaimFindings(addr('x@evil.example', 'MetaMask'), { ...ctx, links: [link('evil.example')] })[0]?.severity).toBe('high');
    expect(
      brandClaimFindings(addr('x@evil.example', 'MetaMask'), { ...ctx, links: [link('evil.example'), link('metamask.io')] })[0]?.severity,
    ).toBe('medium');
  });
  it('nothing when the brand owns the From domain (subdomains and ESP-delivered brand mail included)', () => {
    expect(brandClaimFindings(addr('info@mailer.netflix.com', 'Netflix'), ctx)).toEqual([]);
    expect(brandClaimFindings(addr('gemini-noreply@google.com', 'Google Gemini'), ctx)).toEqual([]);
  });
  it('list-rewritten From is low; free mail is left to from-free-mail-brand-name', () => {
    expect(brandClaimFindings(addr('list@lists.example.org', 'JCB via List'), { ...ctx, listRewrite: true })[0]?.severity).toBe('low');
    expect(brandClaimFindings(addr('someone@gmail.com', 'PayPal'), { ...ctx, freeMail: true })).toEqual([]);
  });
  it('names that are also words or surnames count only with generic service wording', () => {
    expect(claimedForeignBrand(addr('chase@example.org', 'Chase Douglas'))).toBeNull();
    expect(claimedForeignBrand(addr('x@example.org', 'John Norton'))).toBeNull();
    expect(claimedForeignBrand(addr('x@evil.example', 'Ledger Support'))?.entity.id).toBe('ledger');
    expect(claimedForeignBrand(addr('x@evil.example', 'Chase Online Banking'))?.entity.id).toBe('chase');
  });
});
