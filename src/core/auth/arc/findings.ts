/** Findings from the ARC outcome: arc-pass (info) and arc-fail (low). */
import type { ArcOutcome } from '../../model/auth.js';
import type { Finding } from '../../model/finding.js';

export function arcFindings(o: ArcOutcome): Finding[] {
  const evidence = [{ kind: 'auth' as const, label: 'ARC', value: `${o.result}: ${o.reason}` }];
  if (o.oldestAuthResults) evidence.push({ kind: 'auth', label: 'ARC-Authentication-Results i=1', value: o.oldestAuthResults });
  if (o.result === 'pass') {
    return [
      { id: 'arc-pass', severity: 'info', messageKey: 'finding.arc-pass', params: { sealers: o.sealers.join(', ') }, evidence, score: 0 },
    ];
  }
  if (o.result === 'fail') {
    return [{ id: 'arc-fail', severity: 'low', messageKey: 'finding.arc-fail', params: { reason: o.reason }, evidence }];
  }
  return [];
}
