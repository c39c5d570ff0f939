/**
 * Settings an organisation sets for its users (Thunderbird/Firefox enterprise policies' "3rdparty" extension
 * settings, Chrome's managed storage), merged with the user's own. Pure: no storage, no browser API.
 *
 * The managed object (what storage.managed.get() returns) holds setting values by name, plus `locked`: the names
 * the user may not change. A managed value that is not locked is the organisation's default.
 * Merge order per setting: managed locked > user > managed default > built-in.
 */

/** Settings an organisation can set (and lock). `reportAddress` is where "Report phishing" sends a report. */
export const MANAGEABLE_KEYS = [
  'ownDomains',
  'dohUrls',
  'offline',
  'allowlist',
  'sensitivity',
  'protectContacts',
  'reportAddress',
] as const;
export type ManageableKey = (typeof MANAGEABLE_KEYS)[number];

export type SettingSource = 'managed-locked' | 'user' | 'managed-default' | 'built-in';

type Kind = 'strings' | 'boolean' | 'sensitivity' | 'string';
const KIND: Readonly<Record<ManageableKey, Kind>> = {
  ownDomains: 'strings',
  dohUrls: 'strings',
  offline: 'boolean',
  allowlist: 'strings',
  sensitivity: 'sensitivity',
  protectContacts: 'boolean',
  reportAddress: 'string',
};

/** Limits on the managed object (it comes from a file or registry an admin wrote: still checked). */
export const MANAGED_LIMITS = Object.freeze({ maxListItems: 200, maxStringLength: 2048 });

export interface ManagedPolicy {
  /** Values of well-formed managed settings (content is validated later by normalizeSettings). */
  values: Partial<Record<ManageableKey, unknown>>;
  /** Managed settings the user may not change (only names that also have a value). */
  locked: ManageableKey[];
  /** What was ignored and why (shown to the user on the options page, logged by the background). */
  problems: string[];
}

export const NO_POLICY: Readonly<ManagedPolicy> = Object.freeze({ values: {}, locked: [], problems: [] });

const isKey = (k: string): k is ManageableKey => (MANAGEABLE_KEYS as readonly string[]).includes(k);

/** Has `v` the shape setting `key` needs? (Content, e.g. a valid https URL, is checked by normalizeSettings.) */
export function hasKind(key: ManageableKey, v: unknown): boolean {
  switch (KIND[key]) {
    case 'strings':
      return (
        Array.isArray(v) &&
        v.length <= MANAGED_LIMITS.maxListItems &&
        v.every((x) => typeof x === 'string' && x.length <= MANAGED_LIMITS.maxStringLength)
      );
    case 'boolean':
      return typeof v === 'boolean';
    case 'sensitivity':
      return v === 'low' || v === 'normal' || v === 'high';
    case 'string':
      return typeof v === 'string' && v.length <= MANAGED_LIMITS.maxStringLength;
  }
}

/** Reads what storage.managed returned; never throws. Unknown names and wrongly shaped values are reported. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return { values: {}, locked: [], problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { values: {}, locked: [], problems: ['managed settings are not an object'] };
  const r = raw as Record<string, unknown>;
  const values: Partial<Record<ManageableKey, unknown>> = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'locked') continue;
    if (!isKey(k)) problems.push(`unknown setting "${k.slice(0, 64)}"`);
    else if (!hasKind(k, v)) problems.push(`setting "${k}" has the wrong type`);
    else values[k] = v;
  }
  const locked: ManageableKey[] = [];
  if (r.locked !== undefined) {
    if (!Array.isArray(r.locked)) problems.push('"locked" must be a list of setting names');
    else {
      for (const name of r.locked.slice(0, MANAGEABLE_KEYS.length * 2)) {
        if (typeof name !== 'string' || !isKey(name)) problems.push(`"locked" names an unknown setting "${String(name).slice(0, 64)}"`);
        else if (!(name in values)) problems.push(`"locked" names "${name}", which has no valid managed value`);
        else if (!locked.includes(name)) locked.push(name);
      }
    }
  }
  return { values, locked, problems };
}

export interface MergedSettings {
  /** The merged raw settings, to be validated by normalizeSettings. */
  raw: Record<string, unknown>;
  /** Where each manageable setting's value came from. */
  sources: Record<ManageableKey, SettingSource>;
  locked: ManageableKey[];
}

const own = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Merges built-in defaults, the organisation's policy and the user's stored settings (raw, as stored: only the
 * names the user set count as set). A stored value of the wrong shape counts as not set.
 */
export function mergeSettings(builtIn: Readonly<Record<string, unknown>>, policy: ManagedPolicy, user: unknown): MergedSettings {
  const u = typeof user === 'object' && user !== null && !Array.isArray(user) ? (user as Record<string, unknown>) : {};
  const raw: Record<string, unknown> = { ...builtIn };
  for (const [k, v] of Object.entries(u)) if (!isKey(k)) raw[k] = v;
  const sources = {} as Record<ManageableKey, SettingSource>;
  for (const k of MANAGEABLE_KEYS) {
    const m = policy.values[k];
    if (m !== undefined && policy.locked.includes(k)) {
      raw[k] = m;
      sources[k] = 'managed-locked';
    } else if (own(u, k) && hasKind(k, u[k])) {
      raw[k] = u[k];
      sources[k] = 'user';
    } else if (m !== undefined) {
      raw[k] = m;
      sources[k] = 'managed-default';
    } else {
      sources[k] = 'built-in';
    }
  }
  return { raw, sources, locked: [...policy.locked] };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to store for the user from validated settings the user saved: locked settings are dropped (the user cannot
 * change them), and so is every value equal to `baseline`, the validated settings the user gets with no user layer
 * (managed default, else built-in): a later change of the organisation's default then reaches every user who never
 * changed that setting.
 */
export function userLayerToStore(
  saved: Readonly<Record<string, unknown>>,
  baseline: Readonly<Record<string, unknown>>,
  locked: readonly ManageableKey[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(saved)) {
    if (isKey(k) && locked.includes(k)) continue;
    if (!same(v, baseline[k])) out[k] = v;
  }
  return out;
}
