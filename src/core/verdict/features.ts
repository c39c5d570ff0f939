/**
 * The readable features the verdict model weighs (issue #12). Every feature is a sentence the report already shows:
 *  - `<id>`: a risk finding (severity low or above) with that id is present ("The link text shows ... but goes to ...");
 *  - `<id>+medium`, `<id>+high`, `<id>+critical`: the same finding at that severity or above, an increment on top
 *    (the rule said the context makes it stronger, e.g. DMARC fail outside a mailing list);
 *  - `distinct-risk>=2`, `distinct-risk>=3`, `distinct-risk>=4`: that many different risk findings at once
 *    (independent kinds of evidence agreeing);
 *  - trust features (TRUST_FEATURES, info findings): evidence that lowers risk, e.g. the organisation's own domain
 *    authenticated. They are the only features allowed a negative weight.
 * Repeated findings of one id count once (ten suspicious links weigh what one does). Info findings other than the
 * trust features carry no weight. Nothing here reads the raw message: only findings.
 */
import type { Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';

/** Info findings that count as evidence for the sender (weight <= 0). */
export const TRUST_FEATURES: readonly string[] = ['sender-domain-verified'];

/** Severity increments above the base feature, in order. */
export const SEVERITY_STEPS: readonly Severity[] = ['medium', 'high', 'critical'];

export const COUNT_FEATURES: readonly string[] = ['distinct-risk>=2', 'distinct-risk>=3', 'distinct-risk>=4'];

export const isRisk = (f: Finding): boolean => f.severity !== 'info';

/** The features one finding id at one severity switches on. */
export function findingFeatureNames(id: string, severity: Severity): string[] {
  if (severity === 'info') return TRUST_FEATURES.includes(id) ? [id] : [];
  const out = [id];
  for (const s of SEVERITY_STEPS) if (severityRank(severity) >= severityRank(s)) out.push(`${id}+${s}`);
  return out;
}

/** Strongest occurrence of each finding id, in first-seen order (the one the model weighs). */
export function strongestById(findings: readonly Finding[]): Map<string, Finding> {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const b = best.get(f.id);
    if (!b || severityRank(f.severity) > severityRank(b.severity)) best.set(f.id, f);
  }
  return best;
}

/** Number of different risk finding ids. */
export function distinctRisk(findings: readonly Finding[]): number {
  return new Set(findings.filter(isRisk).map((f) => f.id)).size;
}

export function countFeatureNames(n: number): string[] {
  return COUNT_FEATURES.filter((_, i) => n >= i + 2);
}

/** All active feature names of a message (binary features), sorted. */
export function featureNames(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of strongestById(findings).values()) out.push(...findingFeatureNames(f.id, f.severity));
  out.push(...countFeatureNames(distinctRisk(findings)));
  return out.sort();
}
