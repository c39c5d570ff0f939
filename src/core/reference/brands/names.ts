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
  /** Per rule, the number of the last search that marked it (NameCandidates). */
  stamp: Uint32Array;
  search: number;
}

/** The rules one search marked: rule i can match when `stamp[i] === search`. Read it before the next search. */
export interface NameCandidates {
  readonly stamp: Uint32Array;
  readonly search: number;
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
  return { start, at: Int32Array.from(buckets.flat()), short, stamp: new Uint32Array(r.length), search: 0 };
}

/**
 * Which rules can match `lower` (marked: its name's first triple is in the text; a hash collision only marks more).
 * The marks are stamped with a search number in one array per rule list rather than a new array per search (the
 * allocation was a third of the search's time, CPU profile); a stamp wraps only after 2^32 searches, then restarts clean.
 */
export function nameCandidates(r: readonly NameRule[], lower: string): NameCandidates {
  let idx = firstIndexes.get(r);
  if (!idx) firstIndexes.set(r, (idx = buildFirstIndex(r)));
  if (idx.search === 0xffffffff) {
    idx.stamp.fill(0);
    idx.search = 0;
  }
  const search = ++idx.search;
  const { start, at, stamp } = idx;
  for (const i of idx.short) stamp[i] = search;
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let k = 2; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    const h = firstBucket(a, b, c);
    for (let j = start[h]!, end = start[h + 1]!; j < end; j++) stamp[at[j]!] = search;
    a = b;
    b = c;
  }
  return idx;
}

export function findByName(rules: readonly NameRule[], text: string): Entity | null {
  if (typeof text !== 'string' || !text) return null;
  const norm = text.slice(0, MAX_TEXT).normalize('NFKC');
  const lower = norm.toLowerCase();
  // Only the names whose first three characters are in the text are looked for (nameCandidates).
  const { stamp, search } = nameCandidates(rules, lower);
  for (let i = 0; i < rules.length; i++) {
    if (stamp[i] !== search) continue;
    const r = rules[i]!;
    // `needle` is `lower` for a rule without a regex: the name is in the text.
    if (lower.includes(r.lower) && (!r.re || r.re.test(norm))) return r.entity;
  }
  return null;
}
