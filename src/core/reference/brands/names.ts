/** Finds an entity named in free text (display name, subject): "KAGOYA サポート", "カゴヤ", "三井住友カード". */
import type { Entity } from './entity.js';

/**
 * `lower` (the name lower-cased) is in every match of `re`, up to case: a cheap `includes` on the lower-cased text
 * skips the regex for names not there. Searched text is NFKC, which leaves no character that /iu folds to ASCII.
 */
interface NameRule {
  entity: Entity;
  name: string;
  re: RegExp | null;
  needle: string;
  lower: string;
}

/** Display names and subjects are short; longer text is cut before searching. */
const MAX_TEXT = 2000;
/** Latin names this short only count when written exactly (JCB, LINE, au), never case-folded. */
const SHORT_LATIN = 4;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildNameRules(entities: readonly Entity[]): NameRule[] {
  const rules: NameRule[] = [];
  for (const entity of entities) {
    for (const raw of entity.names) {
      const name = raw.normalize('NFKC').trim();
      if (!name) continue;
      if (/^[\x20-\x7e]+$/.test(name)) {
        const short = name.replace(/[^A-Za-z0-9]/g, '').length <= SHORT_LATIN;
        const re = new RegExp(`(?:^|[^A-Za-z0-9])${escape(short ? name : name.toLowerCase())}(?:$|[^A-Za-z0-9])`, short ? 'u' : 'iu');
        rules.push({ entity, name, re, needle: '', lower: name.toLowerCase() });
      } else {
        rules.push({ entity, name, re: null, needle: name.toLowerCase(), lower: name.toLowerCase() });
      }
    }
  }
  // Longest name first, so 三井住友カード wins over 三井住友.
  rules.sort((a, b) => b.name.length - a.name.length || a.entity.id.localeCompare(b.entity.id));
  return rules;
}

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
const firstIndexes = new WeakMap<readonly NameRule[], FirstIndex>();

function buildFirstIndex(r: readonly NameRule[]): FirstIndex {
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
export function nameCandidates(r: readonly NameRule[], lower: string): Uint8Array {
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

export function findByName(rules: readonly NameRule[], text: string): Entity | null {
  if (typeof text !== 'string' || !text) return null;
  const norm = text.slice(0, MAX_TEXT).normalize('NFKC');
  const lower = norm.toLowerCase();
  // Only the names whose first three characters are in the text are looked for (nameCandidates).
  const marks = nameCandidates(rules, lower);
  for (let i = 0; i < rules.length; i++) {
    if (marks[i] === 0) continue;
    const r = rules[i]!;
    // `needle` is `lower` for a rule without a regex: the name is in the text.
    if (lower.includes(r.lower) && (!r.re || r.re.test(norm))) return r.entity;
  }
  return null;
}
