/**
 * `attached-message-phish`: a message attached to this one (message/rfc822, .eml) would itself be flagged: its own
 * findings (the message-stage rules, run on it offline by pipeline/attachment-evidence.ts) reach the verdict model's
 * caution threshold. Phishing is sent wrapped in another message so that filters and readers look at the harmless wrapper;
 * the inner findings ride along as `inner`, so the report can say "in the attached message: …".
 */
import type { Finding, Severity } from '../../model/finding.js';
import { severityRank } from '../../model/finding.js';
import type { Sensitivity } from '../../deps.js';
import type { AttachedMessage } from '../../pipeline/attached-message.js';
import { MODEL, scoreFindings } from '../../verdict/score.js';

/** Inner findings carried along (the strongest first). */
const MAX_INNER = 8;

export function attachedMessageFindings(attached: readonly AttachedMessage[], sensitivity: Sensitivity): Finding[] {
  const out: Finding[] = [];
  const limits = MODEL.thresholds[sensitivity] ?? MODEL.thresholds.normal;
  for (const m of attached) {
    const real = m.findings.filter((f) => f.severity !== 'info');
    // The learned model's log-odds of the inner findings against its own thresholds (verdict/score.ts).
    const { logit } = scoreFindings(real);
    if (logit < limits.caution) continue;
    const severity: Severity = logit >= limits.danger ? 'high' : 'medium';
    const inner = [...real].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, MAX_INNER);
    out.push({
      id: 'attached-message-phish',
      severity,
      messageKey: 'finding.attached-message-phish',
      params: { subject: m.subject || '-', from: m.from || '-', count: real.length },
      evidence: [
        { kind: 'text', value: (m.filename ?? '-').slice(0, 120), label: 'attachment' },
        { kind: 'text', value: m.subject.slice(0, 200), label: 'Subject' },
        ...(m.from ? [{ kind: 'address' as const, value: m.from, label: 'From' }] : []),
      ],
      inner,
    });
  }
  // One finding per message; the strongest first, so the headline uses it.
  return out.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}
