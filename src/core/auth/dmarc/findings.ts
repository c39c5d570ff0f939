/** Findings from a DMARC outcome: dmarc-fail, dmarc-temperror, dmarc-pass (info). */
import type { DmarcOutcome } from '../../model/auth.js';
import type { Finding, Severity } from '../../model/finding.js';

function finding(id: string, severity: Severity, o: DmarcOutcome, params: Finding['params']): Finding {
  const evidence: Finding['evidence'] = [{ kind: 'auth', label: 'DMARC', value: `${o.result}: ${o.reason}` }];
  if (o.policyDomain)
    evidence.push({ kind: 'dns', label: `_dmarc.${o.policyDomain}`, value: `p=${o.policy ?? '?'} (applied: ${o.appliedPolicy ?? '?'})` });
  return { id, severity, messageKey: `finding.${id}`, params: { domain: o.fromDomain, ...params }, evidence };
}

/**
 * fail = high when the applied policy is quarantine or reject, medium with p=none; temperror = info
 * ("could not verify"); pass = info with score 0; none/permerror give no finding here.
 */
export function dmarcFindings(o: DmarcOutcome): Finding[] {
  switch (o.result) {
    case 'fail': {
      const policy = o.appliedPolicy ?? o.policy ?? 'none';
      return [finding('dmarc-fail', policy === 'none' ? 'medium' : 'high', o, { policy })];
    }
    case 'temperror':
      return [{ ...finding('dmarc-temperror', 'info', o, {}), score: 0 }];
    case 'pass': {
      const via = [o.spfAligned ? 'SPF' : '', o.dkimAligned ? 'DKIM' : ''].filter(Boolean).join(', ');
      return [{ ...finding('dmarc-pass', 'info', o, { via }), score: 0 }];
    }
    default:
      return [];
  }
}
