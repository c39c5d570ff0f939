/** Every brand of the shipped pack named in a short text, with the name that matched. */
import { BRANDS, type Entity } from '../../reference/brands/index.js';
import { buildNameRules } from '../../reference/brands/names.js';
import { searchForms } from '../../text/short-text-forms.js';

export interface NamedBrand {
  entity: Entity;
  /** The brand name as listed in the pack (`Coinbase`), not the text as written. */
  name: string;
}

let rules: ReturnType<typeof buildNameRules> | null = null;

/** Brands named in `text`, one per entity, longest name first (so `三井住友カード` comes before `三井住友`). */
export function brandsNamedIn(text: string, entities: readonly Entity[] = BRANDS): NamedBrand[] {
  if (typeof text !== 'string' || !text) return [];
  const r = entities === BRANDS ? (rules ??= buildNameRules(BRANDS)) : buildNameRules(entities);
  const forms = searchForms(text).map((f) => f.normalize('NFKC'));
  // Prefilter for the (costly) regex rules (brands/names.ts `lower`): the lower-cased forms contain the name.
  const lowerForms = forms.join('\n').toLowerCase();
  const out: NamedBrand[] = [];
  const seen = new Set<string>();
  for (const rule of r) {
    if (seen.has(rule.entity.id)) continue;
    if (rule.re && !lowerForms.includes(rule.lower)) continue;
    const hit = forms.some((f) => (rule.re ? rule.re.test(f) : f.toLowerCase().includes(rule.needle)));
    if (hit) {
      seen.add(rule.entity.id);
      out.push({ entity: rule.entity, name: rule.name });
    }
  }
  return out;
}
