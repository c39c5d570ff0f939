import { DEFAULT_LIMITS, DEFAULT_SETTINGS, type Limits, type Settings } from './deps.js';

/**
 * Merges caller limits over the defaults, validating each one: a limit must be a positive safe integer.
 * Invalid values are rejected with a clear error (not silently coalesced), as postal-mime does for its own.
 */
export function resolveLimits(partial: Partial<Limits> | undefined): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(partial ?? {}) as [keyof Limits, unknown][]) {
    if (!(key in DEFAULT_LIMITS)) throw new RangeError(`unknown limit "${String(key)}"`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`limit ${String(key)} must be a positive integer, got ${String(value)}`);
    }
    out[key] = value;
  }
  return out;
}

export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, ...(partial ?? {}) } as Settings;
  const lower = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim().toLowerCase().replace(/\.$/, '')).filter(Boolean))];
  out.ownDomains = lower(out.ownDomains);
  out.trustedHosts = lower(out.trustedHosts);
  out.trustedAuthservIds = lower(out.trustedAuthservIds);
  out.allowlist = lower(out.allowlist);
  out.contactDomains = lower(out.contactDomains);
  out.dnsbl = lower(out.dnsbl ?? []);
  out.ownOrgNames = [...new Set(out.ownOrgNames.map((x) => x.trim()).filter(Boolean))];
  if (!['low', 'normal', 'high'].includes(out.sensitivity)) throw new RangeError(`sensitivity must be low, normal or high`);
  return out;
}
