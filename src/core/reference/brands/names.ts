/** Finds an entity named in free text (display name, subject): "KAGOYA サポート", "カゴヤ", "三井住友カード". */
import type { Entity } from './entity.js';
import { buildTextIndex, mayContain } from '../../text/required-literals.js';

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
/** Texts up to this long are searched with `includes` alone (see findByName). */
const INDEX_MIN_CHARS = 200;

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

export function findByName(rules: readonly NameRule[], text: string): Entity | null {
  if (typeof text !== 'string' || !text) return null;
  const norm = text.slice(0, MAX_TEXT).normalize('NFKC');
  const lower = norm.toLowerCase();
  // Character triples of the text: a name with a triple not in it is not in it (exact), found without a scan. A short
  // text is scanned instead: its `includes` are cheaper than making the 8 KB triple set (measured on corpus names).
  const index = lower.length > INDEX_MIN_CHARS ? buildTextIndex(lower) : null;
  for (const r of rules) {
    if (index ? !mayContain(index, r.lower) : !lower.includes(r.lower)) continue;
    if (r.re ? lower.includes(r.lower) && r.re.test(norm) : lower.includes(r.needle)) return r.entity;
  }
  return null;
}
