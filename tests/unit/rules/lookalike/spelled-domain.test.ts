// A brand's own domain spelled inside the subdomain of an unrelated host, with dots or with underscores for dots
// (issue #12, Japanese phishing: `aeon_co_jp.<random>.cn`, `micard.co.jp.<random>.com`).
import { defaultEngine } from '../../../../src/core/rules/lookalike/index.js';

const e = defaultEngine();

describe('brand domain spelled in a subdomain', () => {
  it('with underscores standing for dots', () => {
    expect(e.match('aeon_co_jp.c4f6005.example.cn')?.entityId).toBe('aeon');
    expect(e.match('viewsnet_jp.guangzhou-shanghai.example')?.kind).toBe('embedded');
    expect(e.match('https://login_smbc-card_com.example.net/x')?.entityId).toBe('smbc-card');
  });
  it('with dots, for a card brand added to the pack', () => {
    expect(e.match('micard.co.jp.srxyu.example')?.entityId).toBe('micard');
  });
  it('an underscore label that spells no brand domain, and the brand host itself, are not', () => {
    expect(e.match('my_site.example.com')).toBeNull();
    expect(e.match('_dmarc.example.com')).toBeNull();
    expect(e.match('foo_co_jp.example.com')).toBeNull();
    expect(e.match('www2.micard.co.jp')).toBeNull();
  });
});
