/**
 * The generated organisation catalogue (reference/generated/org-catalog.ts: banks, carriers, money transfer, insurers,
 * telecoms, large shops and national government agencies with the domains they own, from the name-suggestion-index and
 * Wikidata's official websites), parsed once on first use, with the ownership test the org rules need. It sits beside
 * the hand-kept brand pack (reference/brands): organisations the pack already covers are marked `inPack` and left to
 * the pack's rules (computed by the generator, scripts/gen-orgs.mjs).
 */
import { ORG_ROWS } from '../generated/org-catalog.js';
import { parseOrgRows, type Org } from './org-rows.js';

export type { Org, OrgKind } from './org-rows.js';

/** RFC 1035 2.3.4: a name has at most 127 labels. */
const MAX_LABELS = 127;

let parsed: Org[] | null = null;
let owners: Map<string, Org[]> | null = null;

export function orgCatalog(): readonly Org[] {
  parsed ??= parseOrgRows(ORG_ROWS);
  return parsed;
}

function ownerIndex(): Map<string, Org[]> {
  if (owners) return owners;
  const m = new Map<string, Org[]>();
  for (const o of orgCatalog())
    for (const d of o.domains) {
      const list = m.get(d);
      if (list) list.push(o);
      else m.set(d, [o]);
    }
  owners = m;
  return m;
}

/** Every catalogue organisation owning `host` or one of its parent domains (`gov` owns `irs.gov` for US agencies). */
export function orgsOwning(host: string): readonly Org[] {
  if (typeof host !== 'string' || !host) return [];
  const idx = ownerIndex();
  let h = host.toLowerCase().replace(/\.$/, '');
  const found: Org[] = [];
  for (let i = 0; i < MAX_LABELS && h; i++) {
    const list = idx.get(h);
    if (list) found.push(...list);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return found;
}

/** `org` owns `host` (exactly or as a parent domain). */
export function orgOwns(org: Org, host: string): boolean {
  return orgsOwning(host).includes(org);
}
