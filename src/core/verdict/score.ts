import type { Finding, Severity } from '../model/finding.js';
import type { Sensitivity } from '../deps.js';

/**
 * Default points per severity. A finding may carry its own `score` when its producer knows better
 * (e.g. a DMARC fail explained by an ARC-validated forwarder is downgraded there, not here).
 */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = Object.freeze({
  info: 0,
  low: 10,
  medium: 25,
  high: 45,
  critical: 80,
});

/** Score thresholds for each sensitivity: at or above `danger` -> danger, at or above `caution` -> caution. */
export const THRESHOLDS: Readonly<Record<Sensitivity, { caution: number; danger: number }>> = Object.freeze({
  low: { caution: 45, danger: 90 },
  normal: { caution: 30, danger: 70 },
  high: { caution: 20, danger: 55 },
});

export function pointsOf(f: Finding): number {
  return f.score ?? SEVERITY_POINTS[f.severity];
}

/**
 * Total risk score. Findings of the same id count once (the strongest), so ten suspicious links weigh
 * what one does: repetition is not independent evidence.
 */
export function totalScore(findings: readonly Finding[]): number {
  const best = new Map<string, number>();
  for (const f of findings) best.set(f.id, Math.max(best.get(f.id) ?? 0, pointsOf(f)));
  let sum = 0;
  for (const p of best.values()) sum += p;
  return sum;
}
