/** Which entity owns a domain: exact host or any parent listed in an entity's `domains`. */
import type { Entity } from './entity.js';

export type OwnerIndex = Map<string, Entity>;

export function buildOwnerIndex(entities: readonly Entity[]): OwnerIndex {
  const m: OwnerIndex = new Map();
  for (const e of entities)
    for (const d of e.domains) {
      const k = d.toLowerCase().replace(/\.$/, '');
      if (k && !m.has(k)) m.set(k, e);
    }
  return m;
}

/** RFC 1035 2.3.4: at most 127 labels; we never walk more than that. */
const MAX_LABELS = 127;

export function ownerOf(index: OwnerIndex, host: string): Entity | null {
  if (typeof host !== 'string' || index.size === 0) return null;
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  for (let i = 0; i < MAX_LABELS && h; i++) {
    const e = index.get(h);
    if (e) return e;
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return null;
}
