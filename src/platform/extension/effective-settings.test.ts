import { loadEffectiveSettings, saveUserSettings, type ManagedStore } from './effective-settings.js';
import { DEFAULT_EXTENSION_SETTINGS, SETTINGS_KEY, type KeyValueStore } from './settings.js';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k) => ({ [k]: data[k] }), set: async (o) => void Object.assign(data, o) };
}
const managedOf = (v: Record<string, unknown>): ManagedStore => ({ get: async () => v });
/** What Firefox/Thunderbird do when no policy names the add-on. */
const noManifest: ManagedStore = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };

const POLICY = {
  ownDomains: ['Example.CO.JP'],
  dohUrls: ['https://doh.example.co.jp/dns-query'],
  sensitivity: 'high',
  allowlist: ['partner.example'],
  locked: ['ownDomains', 'dohUrls'],
};

describe('effective settings (storage.local + storage.managed)', () => {
  it('without a policy is the stored settings, whether managed storage is missing or rejects', async () => {
    const local = memoryStore({ [SETTINGS_KEY]: { sensitivity: 'low' } });
    for (const managed of [undefined, noManifest, managedOf({})]) {
      const e = await loadEffectiveSettings(local, managed);
      expect(e.settings).toEqual({ ...DEFAULT_EXTENSION_SETTINGS, sensitivity: 'low' });
      expect(e.managed.locked).toEqual([]);
    }
  });
  it('applies locked values over the user, validated like user input', async () => {
    const local = memoryStore({ [SETTINGS_KEY]: { ownDomains: ['mine.example'], sensitivity: 'low' } });
    const e = await loadEffectiveSettings(local, managedOf(POLICY));
    expect(e.settings.ownDomains).toEqual(['example.co.jp']);
    expect(e.settings.dohUrls).toEqual(['https://doh.example.co.jp/dns-query']);
    expect(e.settings.sensitivity).toBe('low');
    expect(e.settings.allowlist).toEqual(['partner.example']);
    expect(e.managed).toEqual({
      locked: ['ownDomains', 'dohUrls'],
      sources: {
        ownDomains: 'managed-locked',
        dohUrls: 'managed-locked',
        offline: 'built-in',
        allowlist: 'managed-default',
        sensitivity: 'user',
        protectContacts: 'built-in',
        reportAddress: 'built-in',
      },
      problems: [],
    });
  });
  it('stores only what the user changed and never a locked value; the organisation default keeps applying', async () => {
    const local = memoryStore();
    const saved = await saveUserSettings(local, managedOf(POLICY), {
      ...DEFAULT_EXTENSION_SETTINGS,
      ownDomains: ['attacker.example'],
      dohUrls: ['https://evil.example/dns-query'],
      sensitivity: 'high',
      allowlist: ['partner.example', 'other.example'],
      lang: 'ja',
    });
    expect(local.data[SETTINGS_KEY]).toEqual({ allowlist: ['partner.example', 'other.example'], lang: 'ja' });
    expect(saved.settings).toMatchObject({
      ownDomains: ['example.co.jp'],
      dohUrls: ['https://doh.example.co.jp/dns-query'],
      sensitivity: 'high',
      lang: 'ja',
    });
    // The organisation later lowers its default sensitivity: the user, who never changed it, follows.
    const later = await loadEffectiveSettings(local, managedOf({ ...POLICY, sensitivity: 'low' }));
    expect(later.settings.sensitivity).toBe('low');
    expect(later.settings.allowlist).toEqual(['partner.example', 'other.example']);
  });
  it('keeps names missing from a save at their default instead of storing built-ins', async () => {
    const local = memoryStore();
    await saveUserSettings(local, managedOf(POLICY), { offline: true });
    expect(local.data[SETTINGS_KEY]).toEqual({ offline: true });
  });
  it('reports policy problems without failing', async () => {
    const e = await loadEffectiveSettings(memoryStore(), managedOf({ sensitivity: 3, locked: ['sensitivity'] }));
    expect(e.settings).toEqual(DEFAULT_EXTENSION_SETTINGS);
    expect(e.managed.problems).toHaveLength(2);
  });
});
