/** Every brand of the shipped pack named in a short text, with the name that matched. */
import { BRANDS, type Entity } from '../../reference/brands/index.js';
import { buildNameRules, nameCandidates } from '../../reference/brands/names.js';
import { searchForms } from '../../text/short-text-forms.js';

export interface NamedBrand {
  entity: Entity;
  /** The brand name as listed in the pack (`Coinbase`), not the text as written. */
  name: string;
}

type NameRules = ReturnType<typeof buildNameRules>;
let rules: NameRules | null = null;

/**
 * The same short text is searched by several rules of one analysis (the display name by the brand claim, the alarm
 * name, the organisation-name and the subject-brand rules): the last few answers for the shipped pack are kept, by
 * text. A pure function of the text, so remembering it changes no result; a copy is handed out each time.
 */
const RECENT = 8;
const recent = new Map<string, NamedBrand[]>();

/** Brands named in `text`, one per entity, longest name first (so `三井住友カード` comes before `三井住友`). */
export function brandsNamedIn(text: string, entities: readonly Entity[] = BRANDS): NamedBrand[] {
  if (typeof text !== 'string' || !text) return [];
  if (entities !== BRANDS) return namedIn(text, buildNameRules(entities));
  const hit = recent.get(text);
  if (hit) return hit.slice();
  const out = namedIn(text, (rules ??= buildNameRules(BRANDS)));
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, out);
  return out.slice();
}

function namedIn(text: string, r: NameRules): NamedBrand[] {
  const forms = searchForms(text).map((f) => f.normalize('NFKC'));
  const lowered = forms.map((f) => f.toLowerCase());
  // Prefilter for the (costly) regex rules (brands/names.ts `lower`): the lower-cased forms contain the name.
  const lowerForms = lowered.join('\n');
  // Only the rules whose name's first three characters occur are looked for: the `includes` (or triple test) and `seen`
  // lookup for each of the ~270 names were most of the time (brandsNamedIn on the corpus texts: 0.78x CPU, measured).
  const { stamp, search } = nameCandidates(r, lowerForms);
  const out: NamedBrand[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < r.length; i++) {
    if (stamp[i] !== search) continue;
    const rule = r[i]!;
    if (seen.has(rule.entity.id) || !lowerForms.includes(rule.lower)) continue;
    const re = rule.re;
    const hit = re ? forms.some((f) => re.test(f)) : lowered.some((f) => f.includes(rule.needle));
    if (hit) {
      seen.add(rule.entity.id);
      out.push({ entity: rule.entity, name: rule.name });
    }
  }
  return out;
}
