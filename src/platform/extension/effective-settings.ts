/**
 * The settings the extension runs with: the user's stored settings (storage.local) merged with the organisation's
 * managed settings (storage.managed: enterprise policies in Thunderbird/Firefox, managed storage in Chrome), see
 * managed-settings.ts for the order. The user layer is stored as only what the user changed.
 */
import {
  mergeSettings,
  NO_POLICY,
  parseManagedPolicy,
  userLayerToStore,
  type ManageableKey,
  type ManagedPolicy,
  type SettingSource,
} from './managed-settings.js';
import { DEFAULT_EXTENSION_SETTINGS, normalizeSettings, SETTINGS_KEY, type ExtensionSettings, type KeyValueStore } from './settings.js';

/** storage.managed: read-only; Firefox and Thunderbird reject get() when no policy exists for the add-on. */
export interface ManagedStore {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/** What the options page needs to show managed settings as such. */
export interface ManagedView {
  locked: ManageableKey[];
  sources: Record<ManageableKey, SettingSource>;
  problems: string[];
}

export interface EffectiveSettings {
  settings: ExtensionSettings;
  managed: ManagedView;
}

const BUILT_IN = DEFAULT_EXTENSION_SETTINGS as unknown as Readonly<Record<string, unknown>>;

export async function readPolicy(managed: ManagedStore | undefined): Promise<ManagedPolicy> {
  if (!managed) return NO_POLICY;
  try {
    return parseManagedPolicy(await managed.get(null));
  } catch {
    // No policy for this add-on (Gecko: "Managed storage manifest not found"), or no managed storage at all.
    return NO_POLICY;
  }
}

function effective(policy: ManagedPolicy, stored: unknown): EffectiveSettings {
  const m = mergeSettings(BUILT_IN, policy, stored);
  return { settings: normalizeSettings(m.raw), managed: { locked: m.locked, sources: m.sources, problems: [...policy.problems] } };
}

export async function loadEffectiveSettings(local: KeyValueStore, managed?: ManagedStore): Promise<EffectiveSettings> {
  const policy = await readPolicy(managed);
  let stored: unknown;
  try {
    stored = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    stored = undefined;
  }
  return effective(policy, stored);
}

/**
 * Validates what the user saved (names missing from `raw` keep the value they would have without a user layer),
 * stores only what differs from that and is not locked, and returns the settings now in effect.
 */
export async function saveUserSettings(local: KeyValueStore, managed: ManagedStore | undefined, raw: unknown): Promise<EffectiveSettings> {
  const policy = await readPolicy(managed);
  const baselineRaw = mergeSettings(BUILT_IN, policy, {}).raw;
  const given = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const saved = normalizeSettings({ ...baselineRaw, ...given }) as unknown as Record<string, unknown>;
  const layer = userLayerToStore(saved, normalizeSettings(baselineRaw) as unknown as Record<string, unknown>, policy.locked);
  await local.set({ [SETTINGS_KEY]: layer });
  return effective(policy, layer);
}
