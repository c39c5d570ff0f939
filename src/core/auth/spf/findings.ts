/** Findings from an SPF outcome: spf-fail, spf-softfail, spf-temperror, spf-permerror, spf-pass (info). */
import type { SpfOutcome } from '../../model/auth.js';
import type { Finding, Severity } from '../../model/finding.js';

function finding(id: string, severity: Severity, o: SpfOutcome, extra: Finding['params'] = {}): Finding {
  const f: Finding = {
    id,
    severity,
    messageKey: `finding.${id}`,
    params: { domain: o.domain, ip: o.ip, ...extra },
    evidence: [
      { kind: 'ip', label: 'SPF client IP', value: o.ip },
      { kind: 'auth', label: o.scope === 'helo' ? 'SPF (HELO)' : 'SPF (MAIL FROM)', value: `${o.result}: ${o.reason}` },
    ],
  };
  if (o.explanation) f.evidence.push({ kind: 'text', label: 'SPF explanation (exp=)', value: o.explanation });
  return f;
}

/**
 * fail = high, softfail = medium; temperror/permerror = info ("could not verify", never a pass);
 * pass = info with score 0; neutral/none give no finding.
 */
export function spfFindings(o: SpfOutcome): Finding[] {
  switch (o.result) {
    case 'fail':
      return [finding('spf-fail', 'high', o)];
    case 'softfail':
      return [finding('spf-softfail', 'medium', o)];
    case 'temperror':
      return [{ ...finding('spf-temperror', 'info', o), score: 0 }];
    case 'permerror':
      return [{ ...finding('spf-permerror', 'info', o, { reason: o.reason }), score: 0 }];
    case 'pass':
      return [{ ...finding('spf-pass', 'info', o), score: 0 }];
    default:
      return [];
  }
}
