/**
 * Entities that phishing imitates: the shipped brand pack, the user's own organization and contacts.
 * Public API: Entity, BRANDS, findEntityByName, entityOwningDomain, ownEntity, contactEntities.
 */
import type { Entity } from './entity.js';
import { BRAND_PACK } from './brand-pack.js';
import { buildNameRules, findByName } from './names.js';
import { buildOwnerIndex, ownerOf } from './ownership.js';
import { OWNED_DOMAINS } from './owned-domains.js';

export type { Entity, BrandRecord } from './entity.js';

/** The brand pack with each brand's secondary domains (owned-domains.ts) added to its own. */
export const BRANDS: readonly Entity[] = BRAND_PACK.map((e) =>
  OWNED_DOMAINS[e.id] ? { ...e, domains: [...e.domains, ...OWNED_DOMAINS[e.id]!.filter((d) => !e.domains.includes(d))] } : e,
);

let nameRules: ReturnType<typeof buildNameRules> | null = null;
let owners: ReturnType<typeof buildOwnerIndex> | null = null;

/** A brand named in display-name or subject text, e.g. "KAGOYA サポート" or "カゴヤ"; longest name wins. */
export function findEntityByName(text: string): Entity | null {
  nameRules ??= buildNameRules(BRANDS);
  return findByName(nameRules, text);
}

/** The brand that owns this registrable domain or host (kagoya.net -> KAGOYA), or null. */
export function entityOwningDomain(registrable: string): Entity | null {
  owners ??= buildOwnerIndex(BRANDS);
  return ownerOf(owners, registrable);
}

/** The user's own organization as a protected entity (settings ownDomains / ownOrgNames), or null when unset. */
export function ownEntity(ownDomains: readonly string[], ownOrgNames: readonly string[] = []): Entity | null {
  const domains = ownDomains.map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (!domains.length) return null;
  const names = ownOrgNames.map((n) => n.trim()).filter(Boolean);
  return { id: 'own', name: names[0] ?? domains[0] ?? 'own', names, domains, kind: 'own' };
}

/** One protected entity per contact domain (settings contactDomains). */
export function contactEntities(contactDomains: readonly string[]): Entity[] {
  return contactDomains
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)
    .map((d) => ({ id: `contact:${d}`, name: d, names: [], domains: [d], kind: 'contact' as const }));
}
