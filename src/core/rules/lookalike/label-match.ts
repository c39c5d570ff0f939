/** Matching one label (a registrable label, a subdomain label or a tenant name) against the protected index. */
import type { ProtectedIndex, ProtectedLabel } from './protected-index.js';
import { MIN_FUZZY, typoCandidates } from './protected-index.js';
import { weightedDistance } from './distance.js';
import { labelForms, skeleton, skeletonNoDigraphs, type LabelForms } from '../../text/skeleton.js';
import { COMMON_WORDS, PHISH_KEYWORDS } from '../../reference/lookalike-words.js';

export type LabelKind = 'exact' | 'homoglyph' | 'typo' | 'combosquat';

export interface LabelHit {
  rec: ProtectedLabel;
  kind: LabelKind;
  /** Weighted edit distance for typo/homoglyph hits, 0 otherwise. */
  distance: number;
  /** The keyword glued to the brand, when there is one. */
  keyword: string | null;
}

/** Keyword skeleton -> the keyword as written (for the explanation). */
const KEYWORD_TEXT = new Map(
  PHISH_KEYWORDS.flatMap(
    (k) =>
      [
        [skeleton(k), k],
        [skeletonNoDigraphs(k), k],
      ] as const,
  ),
);
const KEYWORDS = new Set(KEYWORD_TEXT.keys());
const KW_LENGTHS = [...new Set([...KEYWORDS].map((k) => k.length))].sort((a, b) => a - b);
const kwText = (skel: string | null): string | null => (skel === null ? null : (KEYWORD_TEXT.get(skel) ?? skel));
const COMMON = new Set(COMMON_WORDS);

/** Length-aware threshold on the weighted skeleton distance (issue #5: short brands never fuzzy). */
function threshold(len: number): number {
  if (len < MIN_FUZZY) return 0;
  return len >= 9 ? 1.5 : 1;
}

/**
 * A brand name this short (tepco, gmail, licdn) is one replaced letter away from many ordinary names (tesco, email,
 * mlcdn), so a plain misspelling of it counts only when every letter of the brand is still there in order (an added
 * letter: myjcbs for myjcb) or when the change is visual (rn for m, 1 for l, homoglyphs) (issue #12).
 */
export const MIN_PLAIN_TYPO = 6;

/** Brand labels this short (ing, ups, dhl) are common word endings. */
const SHORT_BRAND = 3;

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === needle[i]) i++;
  return i === needle.length;
}

/**
 * Exact skeleton, hyphen-insensitive skeleton, or typo within the threshold. `suffix` (the query's public suffix)
 * breaks ties between equally close brands (paypaly.com -> paypal.com rather than paypay.ne.jp).
 */
export function similarLabel(idx: ProtectedIndex, label: string | LabelForms, suffix = ''): LabelHit | null {
  const f = typeof label === 'string' ? labelForms(label) : label;
  const { raw, s0, s1, c0, c1 } = f;
  const exact = idx.bySkel.get(s1) ?? idx.bySkel.get(s0);
  if (exact) {
    if (exact.label === raw) return { rec: exact, kind: 'exact', distance: 0, keyword: null };
    // Common words (sakura, outlook) only count when the spelling is a real homoglyph trick (non-ASCII).
    if (!exact.common || !f.ascii) return { rec: exact, kind: 'homoglyph', distance: 0, keyword: null };
  }
  if (raw.includes('-')) {
    const joined = idx.bySkel.get(skeleton(raw.replace(/-/g, '')));
    if (joined && joined.skel.length >= MIN_FUZZY && !joined.common) return { rec: joined, kind: 'typo', distance: 0.5, keyword: null };
  }
  if (s1.length < MIN_FUZZY - 1 || COMMON.has(raw)) return null;
  let best: LabelHit | null = null;
  let bestTie = false;
  for (const rec of typoCandidates(idx, c1, c0, s1.length, 3)) {
    const max = threshold(rec.skel.length);
    const visual = c1 === rec.coarse || c0 === rec.coarse0;
    if (!visual && f.ascii && rec.skel.length < MIN_PLAIN_TYPO && !isSubsequence(rec.skel, s1) && !isSubsequence(rec.skel0, s0)) continue;
    const d = visual ? 0.5 : Math.min(weightedDistance(s1, rec.skel, max), weightedDistance(s0, rec.skel0, max));
    if (d === Infinity) continue;
    const tie = rec.suffix === suffix;
    if (best && (best.distance < d || (best.distance === d && (bestTie || !tie)))) continue;
    best = { rec, kind: visual || !f.ascii ? 'homoglyph' : 'typo', distance: d, keyword: null };
    bestTie = tie;
  }
  return best;
}

function keywordIn(parts: readonly string[]): string | null {
  for (const p of parts) if (KEYWORDS.has(p)) return p;
  return null;
}

function partsHit(idx: ProtectedIndex, raw: string): LabelHit | null {
  const parts = raw.split('-').filter(Boolean);
  if (parts.length < 2) return null;
  const sk = parts.map((p) => skeletonNoDigraphs(p));
  // Two adjacent parts first, so smbc-card-verify names 三井住友カード (smbccard), not 三井住友銀行 (smbc).
  for (let i = 0; i + 1 < parts.length && parts.length > 2; i++) {
    const rec = idx.bySkel.get(skeleton(`${parts[i]}${parts[i + 1]}`));
    const kw = keywordIn(sk.filter((_, j) => j !== i && j !== i + 1));
    if (rec && kw) return { rec, kind: 'combosquat', distance: 0, keyword: kwText(kw) };
  }
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const kw = keywordIn(sk.filter((_, j) => j !== i));
    const rec = idx.bySkel.get(skeleton(part)) ?? idx.bySkel.get(sk[i] as string);
    if (rec && (kw || (rec.distinctive && part.length >= MIN_FUZZY))) return { rec, kind: 'combosquat', distance: 0, keyword: kwText(kw) };
    if (kw && part.length >= MIN_FUZZY) {
      const near = similarLabel(idx, part);
      if (near && near.rec.skel.length >= MIN_FUZZY)
        return { rec: near.rec, kind: 'combosquat', distance: near.distance, keyword: kwText(kw) };
    }
  }
  return null;
}

function keywordGlued(idx: ProtectedIndex, flat: string): LabelHit | null {
  for (const n of KW_LENGTHS) {
    if (n >= flat.length - 1) break;
    const head = flat.slice(0, n);
    const tail = flat.slice(flat.length - n);
    const a = KEYWORDS.has(head) ? idx.bySkel.get(flat.slice(n)) : undefined;
    // Plain-word brand labels (global, line) glued to a keyword are ordinary words (globalnet), not a brand; nor is a
    // brand of three letters or fewer glued after a keyword, which is how ordinary words end (mail+ing, web+ups; issue
    // #12). Brand first (dhlverify) or with a hyphen (mail-ing) still counts.
    if (a && !a.common && a.skel.length > SHORT_BRAND) return { rec: a, kind: 'combosquat', distance: 0, keyword: kwText(head) };
    const b = KEYWORDS.has(tail) ? idx.bySkel.get(flat.slice(0, flat.length - n)) : undefined;
    if (b && !b.common) return { rec: b, kind: 'combosquat', distance: 0, keyword: kwText(tail) };
  }
  return null;
}

/**
 * combosquat's scan state: the automaton then calls one module-level function instead of a closure made per label
 * (measured on the corpus loop). Set and read within one synchronous combosquat call.
 */
const scan: { labels: readonly ProtectedLabel[]; skip: string; found: ProtectedLabel | null } = { labels: [], skip: '', found: null };

/** The longest label found that is not the label itself. */
function keepLongest(id: number): void {
  const rec = scan.labels[id];
  if (rec && rec.skel !== scan.skip && (!scan.found || rec.skel.length > scan.found.skel.length)) scan.found = rec;
}

/**
 * A brand token combined with other text: `kagoya-support`, `loginpaypal`, `paypa1-verify`, `xserverblue`.
 * Distinctive tokens match anywhere; others (short, common words) need a phishing keyword beside them.
 */
export function combosquat(idx: ProtectedIndex, label: string | LabelForms): LabelHit | null {
  const f = typeof label === 'string' ? labelForms(label) : label;
  const { raw, s0, s1 } = f;
  const byParts = raw.includes('-') ? partsHit(idx, raw) : null;
  if (byParts) return byParts;
  scan.labels = idx.labels;
  scan.skip = s1;
  scan.found = null;
  idx.automaton.scan(s0, keepLongest);
  if (!scan.found && s1 !== s0) idx.automaton.scan(s1, keepLongest);
  const found = scan.found as ProtectedLabel | null;
  scan.found = null;
  scan.skip = '';
  if (found) return { rec: found, kind: 'combosquat', distance: 0, keyword: null };
  return keywordGlued(idx, s0.replace(/-/g, '')) ?? (s1 !== s0 ? keywordGlued(idx, s1.replace(/-/g, '')) : null);
}
