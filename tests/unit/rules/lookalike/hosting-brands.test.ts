import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'tldts';
import {
  isEsp,
  isFileOrFormHost,
  isFreeMailProvider,
  isLinkWrapper,
  isSharedHost,
  isUrlShortener,
  pathTenant,
  platformOperator,
} from '../../../../src/core/reference/hosting/index.js';
import {
  CURATED_SHARED_HOSTS,
  CURATED_SHORTENERS,
  ESP_DOMAINS,
  LINK_WRAPPERS,
  PATH_TENANT_HOSTS,
  PLATFORM_OPERATORS,
} from '../../../../src/core/reference/hosting/curated.js';
import { BRANDS, contactEntities, entityOwningDomain, findEntityByName, ownEntity } from '../../../../src/core/reference/brands/index.js';
import { COMMON_WORDS, NON_DISTINCTIVE, PHISH_KEYWORDS } from '../../../../src/core/reference/lookalike-words.js';
import { sharedDir } from './measure.js';

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

function expectSortedUnique(list: readonly string[], what: string): void {
  expect([...list].sort(), `${what} sorted`).toEqual([...list]);
  expect(new Set(list).size, `${what} unique`).toBe(list.length);
}

describe('shared hosting and infrastructure lists', () => {
  it('finds the tenant of shared hosts (PSL private section and curated)', () => {
    expect(isSharedHost('kagoya-support-notification.azurefd.net')).toEqual({
      platform: 'azurefd.net',
      tenantLabel: 'kagoya-support-notification',
    });
    expect(isSharedHost('abc-123.z01.azurefd.net')).toEqual({ platform: 'azurefd.net', tenantLabel: 'abc-123.z01' });
    expect(isSharedHost('contoso.sharepoint.com')?.platform).toBe('sharepoint.com');
    expect(isSharedHost('evil.onmicrosoft.com')?.platform).toBe('onmicrosoft.com');
    expect(isSharedHost('me.github.io')?.tenantLabel).toBe('me');
    expect(isSharedHost('x.glitch.me')?.platform).toBe('glitch.me');
    expect(isSharedHost('www.site.weebly.com')?.tenantLabel).toBe('site');
    for (const h of ['azurefd.net', 'kagoya.jp', 'www.kagoya.com', '', 'a'.repeat(300)]) expect(isSharedHost(h)).toBeNull();
    expect(isSharedHost(42 as unknown as string)).toBeNull();
  });
  it('finds tenants in the path of bucket/site/form hosts', () => {
    expect(pathTenant('storage.googleapis.com', '/kagoya-login/index.html')).toEqual({
      platform: 'storage.googleapis.com',
      tenantLabel: 'kagoya-login',
    });
    expect(pathTenant('sites.google.com', '/view/paypal-verify/home')?.tenantLabel).toBe('paypal-verify');
    expect(pathTenant('example.com', '/kagoya')).toBeNull();
    expect(platformOperator('sharepoint.com')).toBe('microsoft');
  });
  it('classifies shorteners, ESPs, link wrappers, free mail and file hosts', () => {
    expect(isUrlShortener('bit.ly')).toBe(true);
    expect(isUrlShortener('aka.ms')).toBe(true);
    expect(isUrlShortener('kagoya.jp')).toBe(false);
    expect(isEsp('bounces.sendgrid.net')).toBe(true);
    expect(isEsp('amazonses.com')).toBe(true);
    expect(isEsp('kagoya.net')).toBe(false);
    expect(isLinkWrapper('nam12.safelinks.protection.outlook.com')).toBe(true);
    expect(isFreeMailProvider('gmail.com')).toBe(true);
    expect(isFreeMailProvider('kagoya.jp')).toBe(false);
    expect(isFileOrFormHost('forms.office.com')).toBe(true);
  });
  it('keeps the hand-kept lists sorted, unique, lower-case hostnames', () => {
    for (const [name, list] of Object.entries({ CURATED_SHARED_HOSTS, CURATED_SHORTENERS, ESP_DOMAINS, LINK_WRAPPERS })) {
      expectSortedUnique(list, name);
      for (const h of list) expect(h, name).toMatch(HOST);
    }
    expectSortedUnique(
      PATH_TENANT_HOSTS.map(([h]) => h),
      'PATH_TENANT_HOSTS',
    );
    expectSortedUnique(
      PLATFORM_OPERATORS.map(([h]) => h),
      'PLATFORM_OPERATORS',
    );
    for (const [, id] of PLATFORM_OPERATORS)
      expect(
        BRANDS.some((b) => b.id === id),
        id,
      ).toBe(true);
    for (const [name, list] of Object.entries({ PHISH_KEYWORDS, COMMON_WORDS, NON_DISTINCTIVE })) {
      expectSortedUnique(list, name);
      for (const w of list) expect(w, name).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('brand pack', () => {
  it('is sorted by id with unique ids, valid owned domains and a source', () => {
    expectSortedUnique(
      BRANDS.map((b) => b.id),
      'brand ids',
    );
    const owner = new Map<string, string>();
    for (const b of BRANDS) {
      expect(b.kind).toBe('brand');
      expect((b as { source?: string }).source, b.id).toMatch(/^https:\/\//);
      expect(b.names.length, b.id).toBeGreaterThan(0);
      for (const d of b.domains) {
        expect(d, b.id).toMatch(HOST);
        expect(owner.has(d), `${d} owned by ${owner.get(d)} and ${b.id}`).toBe(false);
        owner.set(d, b.id);
      }
    }
  });
  it('never owns rentable tenant platforms wholesale', () => {
    for (const platform of [
      'sharepoint.com',
      'onmicrosoft.com',
      'blogspot.com',
      'appspot.com',
      'web.app',
      'firebaseapp.com',
      'azurefd.net',
      'azurewebsites.net',
      'github.io',
    ]) {
      expect(entityOwningDomain(`tenant.${platform}`), platform).toBeNull();
    }
  });
  it.skipIf(!sharedDir())('covers the 30 dnstwist brands', () => {
    const brands = readFileSync(resolve(sharedDir()!, 'lookalike', 'dnstwist', 'brands.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(brands.length).toBe(30);
    for (const d of brands) expect(entityOwningDomain(d), d).not.toBeNull();
  });
  it('has a strong Japanese set', () => {
    for (const name of [
      '三菱UFJ',
      '三井住友銀行',
      'みずほ',
      'ゆうちょ',
      'りそな',
      'JCB',
      '三井住友カード',
      'イオンカード',
      '楽天カード',
      'セゾン',
      'エポス',
      'ETC利用照会',
      'ドコモ',
      'KDDI',
      'ソフトバンク',
      'ヤマト運輸',
      '佐川急便',
      '日本郵便',
      'Amazon.co.jp',
      '楽天',
      'メルカリ',
      'Yahoo! JAPAN',
      'えきねっと',
      'KAGOYA',
      'さくらインターネット',
      'エックスサーバー',
      'お名前.com',
      'ロリポップ',
      'ConoHa',
      'Active! mail',
    ]) {
      expect(findEntityByName(name), name).not.toBeNull();
    }
  });
  it('finds a brand named in display-name text, longest name first', () => {
    expect(findEntityByName('KAGOYA サポート')?.id).toBe('kagoya');
    expect(findEntityByName('カゴヤ・ジャパン株式会社')?.id).toBe('kagoya');
    expect(findEntityByName('三井住友カード株式会社')?.id).toBe('smbc-card');
    expect(findEntityByName('三井住友銀行')?.id).toBe('smbc');
    expect(findEntityByName('［楽天カード］ご利用確認')?.id).toBe('rakuten-card');
    expect(findEntityByName('Our support line is open')).toBeNull(); // short names are case-sensitive (LINE)
    expect(findEntityByName('')).toBeNull();
    expect(findEntityByName(null as unknown as string)).toBeNull();
  });
  it('knows which entity owns a domain or host', () => {
    expect(entityOwningDomain('kagoya.net')?.id).toBe('kagoya');
    expect(entityOwningDomain('mas14.kagoya.net')?.id).toBe('kagoya');
    expect(entityOwningDomain('KAGOYA.JP.')?.id).toBe('kagoya');
    expect(entityOwningDomain('jp-bank.japanpost.jp')?.id).toBe('yucho');
    expect(entityOwningDomain('kagoya.co.jp')).toBeNull();
  });
  it('builds own and contact entities from settings', () => {
    expect(ownEntity(['Example.JP'], ['例株式会社'])).toEqual({
      id: 'own',
      name: '例株式会社',
      names: ['例株式会社'],
      domains: ['example.jp'],
      kind: 'own',
    });
    expect(ownEntity([])).toBeNull();
    expect(contactEntities(['partner.co.jp', ' '])).toEqual([
      { id: 'contact:partner.co.jp', name: 'partner.co.jp', names: [], domains: ['partner.co.jp'], kind: 'contact' },
    ]);
  });
});

describe('generated data', () => {
  it('uses registrable domains for every brand label', () => {
    for (const b of BRANDS) for (const d of b.domains) expect(parse(d).hostname, d).toBe(d);
  });
  it('benign fixtures exist with their sources', () => {
    for (const f of ['ham.txt', 'well-known.txt', 'brand-alternates.txt']) {
      const p = resolve(__dirname, '..', '..', '..', 'fixtures', 'benign-domains', f);
      expect(existsSync(p), f).toBe(true);
      expect(readFileSync(p, 'utf8')).toMatch(/^# Benign domains/);
    }
  });
});
