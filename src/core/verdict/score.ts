/**
 * The learned risk score (issue #12): log-odds = bias + the weights of the features the findings switch on
 * (verdict/features.ts), fitted by `npm run train` on the corpus and stored in generated/weights.ts. Replaces the
 * fixed severity points. Risk weights are never negative: adding suspicious evidence never lowers the risk.
 *
 * A finding id the weights do not know (a rule added since the last `npm run train`) weighs a conservative prior by
 * its severity, `untrainedPrior` (the same values the trainer shrinks every weight toward, so a rule with little data
 * behaves as if it had none). Re-run `npm run train` after adding rules: it picks up every new id by itself.
 */
import type { Finding, Severity } from '../model/finding.js';
import type { Sensitivity } from '../deps.js';
import type { Strength } from '../model/report.js';
import { SEVERITY_STEPS, countFeatureNames, distinctRisk, featureIdOf, findingFeatureNames, strongestById } from './features.js';
import { MODEL } from './generated/weights.js';
import { HAND_SET_WEIGHTS } from './hand-set-weights.js';

export interface VerdictModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Contribution of a finding id unknown to `weights`, by severity (log-odds). */
  untrainedPrior: Readonly<Record<Severity, number>>;
  /** Log-odds at or above which a message is caution / danger, per sensitivity. */
  thresholds: Readonly<Record<Sensitivity, { caution: number; danger: number }>>;
  /** Log-odds bounds of the strength words: >= strong 'strong', >= some 'some', >= weak 'weak', else 'none'. */
  strength: Readonly<{ weak: number; some: number; strong: number }>;
}

export interface Scored {
  /** Model log-odds, all features. */
  logit: number;
  /** Log-odds from risk evidence only (without trust features), used for "risk is low". */
  riskLogit: number;
  /**
   * Contribution (log-odds) of each finding id, attributed to its strongest occurrence; an id weighed as several
   * features (the receiver's DMARC and compauth failures) adds them up.
   */
  byId: Map<string, number>;
}

function weightOf(model: VerdictModel, feature: string, fallback: number): number {
  const w = model.weights[feature];
  return w === undefined ? fallback : w;
}

/**
 * What one finding adds: the sum of its features' weights; for an id never trained, its hand-set weight (hand-set-weights.ts)
 *, else the severity prior.
 */
export function contributionOf(f: Pick<Finding, 'id' | 'severity'> & { params?: Finding['params'] }, model: VerdictModel = MODEL): number {
  const id = featureIdOf(f);
  const names = findingFeatureNames(id, f.severity);
  if (!names.length) return 0;
  if (model.weights[id] === undefined) {
    if (f.severity === 'info') return 0;
    // Evidence the corpus cannot train (online-only, QR codes) carries a hand-set weight (hand-set-weights.ts).
    return HAND_SET_WEIGHTS[id]?.[f.severity] ?? model.untrainedPrior[f.severity];
  }
  let c = 0;
  let prev: Severity = 'low';
  for (const n of names) {
    const step = SEVERITY_STEPS.find((s) => n === `${id}+${s}`);
    c += weightOf(model, n, step ? model.untrainedPrior[step] - model.untrainedPrior[prev] : 0);
    if (step) prev = step;
  }
  return c;
}

export function scoreFindings(findings: readonly Finding[], model: VerdictModel = MODEL): Scored {
  const byId = new Map<string, number>();
  let risk = model.bias;
  let trust = 0;
  for (const f of strongestById(findings).values()) {
    const c = contributionOf(f, model);
    byId.set(f.id, (byId.get(f.id) ?? 0) + c);
    if (f.severity === 'info') trust += c;
    else risk += c;
  }
  for (const n of countFeatureNames(distinctRisk(findings))) risk += weightOf(model, n, 0);
  return { logit: risk + trust, riskLogit: risk, byId };
}

export function strengthOf(logit: number, model: VerdictModel = MODEL): Strength {
  const s = model.strength;
  return logit >= s.strong ? 'strong' : logit >= s.some ? 'some' : logit >= s.weak ? 'weak' : 'none';
}

export const probabilityOf = (logit: number): number => 1 / (1 + Math.exp(-logit));

export { MODEL };
