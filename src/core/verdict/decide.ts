import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { AuthSummary } from '../model/auth.js';
import type { CheckState, Verdict } from '../model/report.js';
import type { Sensitivity } from '../deps.js';
import { THRESHOLDS, pointsOf, totalScore } from './score.js';

export interface VerdictInput {
  findings: readonly Finding[];
  auth: AuthSummary;
  checks: readonly CheckState[];
  sensitivity: Sensitivity;
}

export interface VerdictResult {
  verdict: Verdict;
  score: number;
  /** Findings sorted strongest first (stable for equal strength). */
  findings: Finding[];
  /** Positive evidence that the sender is who it claims, used to tell `ok` from `unknown`. */
  authenticated: boolean;
}

/** Receiver-reported pass for a method, from the trusted receiver's Authentication-Results only. */
function receiverPass(auth: AuthSummary, method: string): boolean {
  return auth.receiver.some((h) => h.methods.some((m) => m.method === method && m.result.toLowerCase() === 'pass'));
}

/**
 * Does anything positively show who sent the message? A DMARC pass (local or from the trusted receiver),
 * or an SPF or DKIM pass for the From domain's organization as computed by DMARC alignment.
 * Missing evidence is never a pass: without any of these a clean message is `unknown`, not `ok`.
 */
export function hasPositiveAuthentication(auth: AuthSummary): boolean {
  if (auth.dmarc?.result === 'pass') return true;
  if (auth.dmarc && (auth.dmarc.spfAligned || auth.dmarc.dkimAligned)) return true;
  if (receiverPass(auth, 'dmarc')) return true;
  if (!auth.dmarc && auth.dkim.some((d) => d.result === 'pass') && auth.spf?.result === 'pass') return true;
  return false;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || pointsOf(b.f) - pointsOf(a.f) || a.i - b.i)
    .map((x) => x.f);
}

export function decideVerdict(input: VerdictInput): VerdictResult {
  const findings = sortFindings(input.findings);
  const score = totalScore(findings);
  const t = THRESHOLDS[input.sensitivity];
  const authenticated = hasPositiveAuthentication(input.auth);
  const critical = findings.some((f) => f.severity === 'critical');
  let verdict: Verdict;
  if (critical || score >= t.danger) verdict = 'danger';
  else if (score >= t.caution) verdict = 'caution';
  // A rule that could not run leaves the message not fully checked: never "ok" then (rules/run-rules.ts).
  else verdict = authenticated && !input.checks.some((c) => c.status === 'error') ? 'ok' : 'unknown';
  return { verdict, score, findings, authenticated };
}
