/** Every brand of the shipped pack named in a short text, with the name that matched. */
import { BRANDS, type Entity } from '../../reference/brands/index.js';
import { buildNameRules } from '../../reference/brands/names.js';
import { searchForms } from '../../text/short-text-forms.js';

export interface NamedBrand {
  entity: Entity;
  /** The brand name as listed in the pack (`Coinbase`), not the text as written. */
  name: string;
}

type NameRules = ReturnType<typeof buildNameRules>;
let rules: NameRules | null = null;

/**
 * The rules by the first three characters of their lower-cased name, hashed into FIRST_SIZE buckets (CSR: the rules of
 * bucket b are at `at[start[b]]` .. `at[start[b + 1] - 1]`); names under three characters are in `short`. A name in
 * the text has its first triple in the text, so one pass over the text's triples marks every rule that can match.
 */
interface FirstIndex {
  start: Int32Array;
  at: Int32Array;
  short: number[];
}
const FIRST_BITS = 12;
const FIRST_SIZE = 1 << FIRST_BITS;
const firstBucket = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b) + Math.imul(c, 0xc2b2ae35)) >>> (32 - FIRST_BITS);
const firstIndexes = new WeakMap<NameRules, FirstIndex>();

function buildFirstIndex(r: NameRules): FirstIndex {
  const buckets: number[][] = Array.from({ length: FIRST_SIZE }, () => []);
  const short: number[] = [];
  r.forEach((rule, i) => {
    if (rule.lower.length < 3) short.push(i);
    else buckets[firstBucket(rule.lower.charCodeAt(0), rule.lower.charCodeAt(1), rule.lower.charCodeAt(2))]!.push(i);
  });
  const start = new Int32Array(FIRST_SIZE + 1);
  for (let b = 0; b < FIRST_SIZE; b++) start[b + 1] = start[b]! + buckets[b]!.length;
  return { start, at: Int32Array.from(buckets.flat()), short };
}

/** Which rules can match `lower` (1 = its name's first triple is in the text; a hash collision only marks more). */
function candidates(lower: string, r: NameRules): Uint8Array {
  let idx = firstIndexes.get(r);
  if (!idx) firstIndexes.set(r, (idx = buildFirstIndex(r)));
  const marks = new Uint8Array(r.length);
  for (const i of idx.short) marks[i] = 1;
  const { start, at } = idx;
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let k = 2; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    const h = firstBucket(a, b, c);
    for (let j = start[h]!, end = start[h + 1]!; j < end; j++) marks[at[j]!] = 1;
    a = b;
    b = c;
  }
  return marks;
}

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
  const marks = candidates(lowerForms, r);
  const out: NamedBrand[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < r.length; i++) {
    if (marks[i] === 0) continue;
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
