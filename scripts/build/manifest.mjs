/**
 * Merges the base manifest with a per-target overlay (darkreader-style): objects merge key by key,
 * arrays are concatenated without duplicates (permissions), scalars from the overlay win.
 */

/** @param {unknown} v */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @param {unknown} base
 * @param {unknown} overlay
 * @returns {unknown}
 */
export function mergeManifest(base, overlay) {
  if (Array.isArray(base) && Array.isArray(overlay)) {
    const out = [...base];
    for (const item of overlay) {
      if (!out.some((x) => JSON.stringify(x) === JSON.stringify(item))) out.push(item);
    }
    return out;
  }
  if (isObject(base) && isObject(overlay)) {
    /** @type {Record<string, unknown>} */
    const out = { ...base };
    for (const [key, value] of Object.entries(overlay)) {
      out[key] = key in out ? mergeManifest(out[key], value) : value;
    }
    return out;
  }
  return overlay;
}
