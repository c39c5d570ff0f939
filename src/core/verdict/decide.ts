import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { AuthSummary } from '../model/auth.js';
import type { CheckState, Verdict } from '../model/report.js';
import type { Sensitivity } from '../deps.js';
import type { Strength } from '../model/report.js';
import { MODEL, probabilityOf, scoreFindings, strengthOf, type VerdictModel } from './score.js';

export interface VerdictInput {
  findings: readonly Finding[];
  auth: AuthSummary;
  checks: readonly CheckState[];
  sensitivity: Sensitivity;
  /** The model to use (tests, training); the shipped generated weights by default. */
  model?: VerdictModel;
  /**
   * Whether every link points back to the sender's organisation (verdict/ok-policy.ts), needed for ✓; when absent the
   * caller vouches for it (unit tests of the model alone).
   */
  linksStayWithSender?: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  /** Model probability in percent (0-100), for admins (JSON); no UI shows it. */
  score: number;
  strength: Strength;
  /** Findings sorted by what they add to the risk, most first (stable for equal weight); each carries `contribution`. */
  findings: Finding[];
  /** The organisation's own From domain is authenticated (`sender-domain-verified`): the only way to `ok`. */
  authenticated: boolean;
}

/** Receiver-reported pass for a method, from the trusted receiver's Authentication-Results only. */
function receiverPass(auth: AuthSummary, method: string): boolean {
  return auth.receiver.some((h) => h.methods.some((m) => m.method === method && m.result.toLowerCase() === 'pass'));
}

/**
 * Does anything positively show who sent the message? A DMARC pass (local or from the trusted receiver),
 * or an SPF or DKIM pass for the From domain's organization as computed by DMARC alignment. Kept for callers that
 * ask about authentication alone; the verdict's ✓ needs more (`sender-domain-verified`: an organisation's own domain,
 * not a free-mail or bulk-sending mailbox; rules/auth/verified-sender.ts).
 */
export function hasPositiveAuthentication(auth: AuthSummary): boolean {
  if (auth.dmarc?.result === 'pass') return true;
  if (auth.dmarc && (auth.dmarc.spfAligned || auth.dmarc.dkimAligned)) return true;
  if (receiverPass(auth, 'dmarc')) return true;
  if (!auth.dmarc && auth.dkim.some((d) => d.result === 'pass') && auth.spf?.result === 'pass') return true;
  return false;
}

/** Most weight first, then higher severity, then message order; the strongest occurrence of an id carries its weight. */
export function sortFindings(findings: readonly Finding[], byId: ReadonlyMap<string, number>): Finding[] {
  const carrier = new Map<string, number>();
  findings.forEach((f, i) => {
    const c = carrier.get(f.id);
    if (c === undefined || severityRank(f.severity) > severityRank(findings[c]!.severity)) carrier.set(f.id, i);
  });
  return findings
    .map((f, i) => ({ f, i, w: carrier.get(f.id) === i ? (byId.get(f.id) ?? 0) : 0 }))
    .sort((a, b) => b.w - a.w || severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i)
    .map((x) => ({ ...x.f, contribution: Math.round(x.w * 100) / 100 }));
}

export function decideVerdict(input: VerdictInput): VerdictResult {
  const model = input.model ?? MODEL;
  const scored = scoreFindings(input.findings, model);
  const findings = sortFindings(input.findings, scored.byId);
  const t = model.thresholds[input.sensitivity];
  const authenticated = input.findings.some((f) => f.id === 'sender-domain-verified');
  let verdict: Verdict;
  if (scored.logit >= t.danger) verdict = 'danger';
  else if (scored.logit >= t.caution) verdict = 'caution';
  // ✓ only for an organisation's own authenticated domain with no risk finding at all and links that stay with it
  // (verdict/ok-policy.ts); a rule that could not run leaves the message not fully checked: never "ok" then
  // (rules/run-rules.ts).
  else {
    const checked = !input.checks.some((c) => c.status === 'error');
    const noRisk = !input.findings.some((f) => f.severity !== 'info');
    verdict = authenticated && noRisk && input.linksStayWithSender !== false && checked ? 'ok' : 'unknown';
  }
  return {
    verdict,
    score: Math.round(100 * probabilityOf(scored.logit)),
    strength: strengthOf(scored.logit, model),
    findings,
    authenticated,
  };
}
