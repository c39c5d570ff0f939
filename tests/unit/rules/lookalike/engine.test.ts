import fc from 'fast-check';
import { BRANDS, contactEntities, ownEntity } from '../../../../src/core/reference/brands/index.js';
import { createLookalikeEngine, defaultEngine } from '../../../../src/core/rules/lookalike/index.js';

const e = defaultEngine();

describe('lookalike engine: the KAGOYA samples', () => {
  it('matches the phishing link host as a brand on a shared host', () => {
    const m = e.match('kagoya-support-notification.azurefd.net');
    expect(m).toMatchObject({
      entity: 'KAGOYA',
      entityId: 'kagoya',
      kind: 'shared-host',
      platform: 'azurefd.net',
      ascii: 'kagoya-support-notification.azurefd.net',
    });
    expect(m?.domain).toMatch(/^kagoya\./);
    expect(e.match('https://kagoya-support-notification.azurefd.net/login?x=1')?.kind).toBe('shared-host');
  });
  it('never matches owned domains', () => {
    for (const d of [
      'kagoya.net',
      'kagoya.jp',
      'www.kagoya.com',
      'support@kagoya.net',
      'https://www.kagoya.jp/support/',
      'mas14.kagoya.net',
    ])
      expect(e.match(d), d).toBeNull();
  });
});

describe('lookalike engine: kinds', () => {
  it.each([
    ['kagoya.co.jp', 'tld-swap', 'kagoya'],
    ['paypal.xyz', 'tld-swap', 'paypal'],
    ['xn--80ak6aa92e.com', 'homoglyph', 'apple'],
    ['аррӏе.com', 'homoglyph', 'apple'],
    ['paypa1.com', 'homoglyph', 'paypal'],
    ['arnazon.co.jp', 'homoglyph', 'amazon'],
    ['xscrvcr.ne.jp', 'homoglyph', 'xserver'],
    ['kagoyya.com', 'typo', 'kagoya'],
    ['rakutne.co.jp', 'typo', 'rakuten'],
    ['micros0ft-verify.com', 'combosquat', 'microsoft'],
    ['kagoya-support.com', 'combosquat', 'kagoya'],
    ['loginpaypal.com', 'combosquat', 'paypal'],
    ['smbc-login.com', 'combosquat', 'smbc'],
    ['amaz.on.co.jp', 'split-label', 'amazon'],
    ['xserverne.jp', 'split-label', 'xserver'],
    ['paypal.com.secure-verify.example', 'embedded', 'paypal'],
    ['kagoya-login.sharepoint.com', 'shared-host', 'kagoya'],
    ['https://storage.googleapis.com/kagoya-login/index.html', 'shared-host', 'kagoya'],
    ['https://sites.google.com/view/smbc-card-verify/home', 'shared-host', 'smbc-card'],
  ])('%s -> %s (%s)', (input, kind, id) => {
    const m = e.match(input);
    expect(m?.kind, JSON.stringify(m)).toBe(kind);
    expect(m?.entityId).toBe(id);
    expect(m?.input).toBe(input);
    expect(m?.reason.length).toBeGreaterThan(10);
  });
  it('shows Unicode and punycode forms side by side', () => {
    const m = e.match('xn--80ak6aa92e.com');
    expect(m).toMatchObject({ unicode: 'аррӏе.com', ascii: 'xn--80ak6aa92e.com', domain: 'apple.com' });
    expect(m?.idn).toContain('whole-script-cyrillic');
    expect(m?.reason).toContain('xn--80ak6aa92e.com');
    expect(e.match('pаypal.com')?.idn).toContain('mixed-script');
  });
});

describe('lookalike engine: false-positive control', () => {
  it('short brands only by exact skeleton or as a whole token with a keyword', () => {
    expect(e.match('jcv.co.jp')).toBeNull();
    expect(e.match('ucb.com')).toBeNull();
    expect(e.match('jcb-login.com')?.entityId).toBe('jcb');
    expect(e.match('jcb.net')?.kind).toBe('tld-swap');
  });
  it('does not flag words that contain or resemble a brand', () => {
    for (const d of [
      'pineapple.com',
      'purchase.com',
      'chose.com',
      'officedepot.com',
      'salon.com',
      'apply.com',
      'globalnet.co.uk',
      'sakura-bakery.jp',
    ])
      expect(e.match(d), d).toBeNull();
  });
  it('does not flag ESP, link-wrapper or brand tenant infrastructure', () => {
    for (const d of [
      'u123.ct.sendgrid.net',
      'nam12.safelinks.protection.outlook.com',
      'microsoft.sharepoint.com',
      'mail.google.com',
      'bounce.amazonses.com',
    ])
      expect(e.match(d), d).toBeNull();
  });
  it('brand-owned tenant platforms are never allowlisted wholesale', () => {
    expect(e.match('paypal-verify.sharepoint.com')?.kind).toBe('shared-host');
    expect(e.match('microsoft-365-login.onmicrosoft.com')?.entityId).toBe('microsoft');
  });
  it('honours the user allowlist', () => {
    const allow = createLookalikeEngine({ entities: BRANDS, allowlist: ['kagoya.co.jp'] });
    expect(allow.match('kagoya.co.jp')).toBeNull();
    expect(allow.match('www.kagoya.co.jp')).toBeNull();
    expect(allow.match('kagoya.org')?.kind).toBe('tld-swap');
  });
  it('never throws and returns null on garbage', () => {
    for (const bad of ['', ' ', '::::', 'http://', '192.0.2.1', '[::1]', 'a..b', '.', 'x'.repeat(10_000), null, undefined, 42]) {
      expect(e.match(bad as unknown as string)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const m = e.match(s);
        if (m) expect(typeof m.entity).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('lookalike engine: own organization and contacts', () => {
  const entities = [...BRANDS, ownEntity(['example.jp'], ['例株式会社'])!, ...contactEntities(['partner-corp.co.jp'])];
  const eng = createLookalikeEngine({ entities });
  it("protects the user's own domain and contacts", () => {
    expect(eng.match('examp1e.jp')).toMatchObject({ entityId: 'own', kind: 'homoglyph', domain: 'example.jp' });
    expect(eng.match('example.co.jp')?.kind).toBe('tld-swap');
    expect(eng.match('example.jp')).toBeNull();
    expect(eng.match('partner-crop.co.jp')).toMatchObject({ entityId: 'contact:partner-corp.co.jp', kind: 'typo' });
  });
  it('reports index sizes', () => {
    expect(eng.stats().labels).toBeGreaterThan(BRANDS.length);
  });
});

describe('lookalike engine: shared-host tenants', () => {
  it('flags brand tenants, not plain words or unrelated tenants', () => {
    const e2 = defaultEngine();
    expect(e2.match('line.github.io')).toBeNull();
    expect(e2.match('global.herokuapp.com')).toBeNull();
    expect(e2.match('my-blog.netlify.app')).toBeNull();
    expect(e2.match('line-login.github.io')?.entityId).toBe('line');
    expect(e2.match('amazon-prime-verify.web.app')?.kind).toBe('shared-host');
    expect(e2.match('xn--pple-43d.pages.dev')?.entityId).toBe('apple');
  });
});
