import {
  normalizeSettings,
  dohOriginPatterns,
  normalizeDomain,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_LIMITS,
  toCoreSettings,
  DEFAULT_EXTENSION_SETTINGS,
} from '../../../../src/platform/extension/settings.js';

describe('extension settings', () => {
  it('defaults on garbage and keeps valid values', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_EXTENSION_SETTINGS);
    expect(normalizeSettings({ sensitivity: 'extreme', lang: 'fr', offline: 'yes' })).toMatchObject({
      sensitivity: 'normal',
      lang: 'auto',
      offline: false,
    });
    expect(normalizeSettings({ sensitivity: 'high', lang: 'ja', offline: true })).toMatchObject({
      sensitivity: 'high',
      lang: 'ja',
      offline: true,
    });
  });
  it('accepts only https DoH URLs without credentials, at most maxResolvers', () => {
    const s = normalizeSettings({
      dohUrls: [
        'http://x.example/dns-query',
        'https://u:p@x.example/',
        'https://a.example/dns-query',
        'https://b.example/q',
        'https://c.example/q',
        'https://d.example/q',
      ],
    });
    expect(s.dohUrls).toEqual(['https://a.example/dns-query', 'https://b.example/q', 'https://c.example/q']);
    expect(normalizeSettings({ dohUrls: [] }).dohUrls).toEqual([]);
  });
  it('normalizes domains and drops invalid or oversized ones', () => {
    expect(normalizeDomain(' @Example.JP. ')).toBe('example.jp');
    expect(normalizeDomain('*.corp.example')).toBe('corp.example');
    expect(normalizeDomain('no spaces.example')).toBeNull();
    expect(normalizeDomain('localhost')).toBeNull();
    expect(normalizeDomain(`${'a'.repeat(250)}.example`)).toBeNull();
    const many = Array.from({ length: SETTINGS_LIMITS.maxDomains + 10 }, (_, i) => `d${i}.example`);
    expect(normalizeSettings({ ownDomains: many }).ownDomains).toHaveLength(SETTINGS_LIMITS.maxDomains);
  });
  it('derives host-permission patterns without ports (match patterns have none)', () => {
    expect(dohOriginPatterns(normalizeSettings({ dohUrls: ['https://127.0.0.1:8443/dns-query', 'https://127.0.0.1:9443/x'] }))).toEqual([
      'https://127.0.0.1/*',
    ]);
  });
  it('passes contacts only when protection is on', () => {
    const on = normalizeSettings({ protectContacts: true });
    expect(toCoreSettings(on, ['c.example']).contactDomains).toEqual(['c.example']);
    expect(toCoreSettings({ ...on, protectContacts: false }, ['c.example']).contactDomains).toEqual([]);
  });
  it('round-trips through a store and survives a failing one', async () => {
    const data: Record<string, unknown> = {};
    const store = { get: async (k: string) => ({ [k]: data[k] }), set: async (o: Record<string, unknown>) => void Object.assign(data, o) };
    const saved = await saveSettings(store, { ownDomains: ['Example.JP'], dohUrls: ['nope'] });
    expect(data[SETTINGS_KEY]).toEqual(saved);
    expect((await loadSettings(store)).ownDomains).toEqual(['example.jp']);
    expect(await loadSettings({ get: () => Promise.reject(new Error('x')), set: async () => undefined })).toEqual(
      DEFAULT_EXTENSION_SETTINGS,
    );
  });
});
