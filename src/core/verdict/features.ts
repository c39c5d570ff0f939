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
 *
 * One kind of evidence, one feature (`featureIdOf`): the trusted receiver's authentication failure
 * (`auth-results-fail`) is weighed by its method, and shares the feature of the same check computed here: a receiver's
 * DMARC failure is `dmarc-fail` like ours, SPF `spf-fail`, DKIM `dkim-fail`, and Microsoft's composite verdict
 * `compauth-fail`. A DKIM failure on a mailing-list post says little, a DMARC failure of the From domain says much; one
 * weight for all four let the first drag down the second.
 */
import type { Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';

/** Info findings that count as evidence for the sender (weight <= 0). */
export const TRUST_FEATURES: readonly string[] = ['sender-domain-verified'];

/** Severity increments above the base feature, in order. */
export const SEVERITY_STEPS: readonly Severity[] = ['medium', 'high', 'critical'];

export const COUNT_FEATURES: readonly string[] = ['distinct-risk>=2', 'distinct-risk>=3', 'distinct-risk>=4'];

export const isRisk = (f: Finding): boolean => f.severity !== 'info';

/** The receiver-reported methods (rules/auth/auth-findings.ts, `params.method`) and the feature each one shares. */
const RECEIVER_METHOD_FEATURE: Readonly<Record<string, string>> = {
  DMARC: 'dmarc-fail',
  SPF: 'spf-fail',
  DKIM: 'dkim-fail',
  COMPAUTH: 'compauth-fail',
};

/** The feature a finding weighs as: its id, except the receiver's failure, weighed as the failed method. */
export function featureIdOf(f: Pick<Finding, 'id'> & { params?: Finding['params'] }): string {
  if (f.id !== 'auth-results-fail') return f.id;
  const method = typeof f.params?.method === 'string' ? f.params.method.toUpperCase() : '';
  return RECEIVER_METHOD_FEATURE[method] ?? f.id;
}

/** The features one finding id at one severity switches on. */
export function findingFeatureNames(id: string, severity: Severity): string[] {
  if (severity === 'info') return TRUST_FEATURES.includes(id) ? [id] : [];
  const out = [id];
  for (const s of SEVERITY_STEPS) if (severityRank(severity) >= severityRank(s)) out.push(`${id}+${s}`);
  return out;
}

const receiverFailure = (f: Finding, method: string): boolean =>
  f.id === 'auth-results-fail' && typeof f.params?.method === 'string' && f.params.method.toUpperCase() === method;

/**
 * The trusted receiver's SPF failure of the very domain its DMARC failure is about (`spf=fail smtp.mailfrom=gmail.com`
 * beside `dmarc=fail header.from=gmail.com`): DMARC failed because SPF (and DKIM) did not pass for that domain, so the
 * two headers state one fact and weigh as the DMARC failure alone (issue #12: a forwarded list post was weighed twice).
 */
function isCauseOfReceiverDmarc(f: Finding, findings: readonly Finding[]): boolean {
  if (!receiverFailure(f, 'SPF')) return false;
  const domain = f.params?.domain;
  if (typeof domain !== 'string' || domain === '') return false;
  return findings.some((g) => receiverFailure(g, 'DMARC') && g.params?.domain === domain && g.params?.receiver === f.params?.receiver);
}

/**
 * Strongest occurrence of each feature id (`featureIdOf`), in first-seen order (the one the model weighs). A finding
 * that restates another one's fact (isCauseOfReceiverDmarc) is left out.
 */
export function strongestById(findings: readonly Finding[]): Map<string, Finding> {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    if (isCauseOfReceiverDmarc(f, findings)) continue;
    const k = featureIdOf(f);
    const b = best.get(k);
    if (!b || severityRank(f.severity) > severityRank(b.severity)) best.set(k, f);
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
  for (const [k, f] of strongestById(findings)) out.push(...findingFeatureNames(k, f.severity));
  out.push(...countFeatureNames(distinctRisk(findings)));
  return out.sort();
}
