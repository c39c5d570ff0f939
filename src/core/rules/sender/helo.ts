/** HELO/EHLO name of the origin hop: RFC 5321 4.1.1.1 says the client SHOULD give its FQDN; kits often don't. */
import type { Finding } from '../../model/finding.js';
import type { Origin } from '../../model/hop.js';
import { heloAnomaly, type HeloAnomaly } from '../../parse/received/helo.js';

/** A loopback literal or `localhost` from an outside client means a script or proxy talking SMTP directly. */
const SEVERITY: Record<HeloAnomaly, 'low' | 'medium'> = {
  'loopback-literal': 'medium',
  localhost: 'medium',
  'ip-literal': 'low',
  'not-fqdn': 'low',
};

export function heloFindings(origin: Origin | null): Finding[] {
  if (!origin?.helo) return [];
  const kind = heloAnomaly(origin.helo);
  if (kind === null) return [];
  const evidence: Finding['evidence'] = [{ kind: 'header', value: origin.helo, label: 'HELO' }];
  if (origin.ip) evidence.push({ kind: 'ip', value: origin.ip, label: 'client IP' });
  return [
    {
      id: 'helo-anomaly',
      severity: SEVERITY[kind],
      messageKey: 'finding.helo-anomaly',
      params: { helo: origin.helo, ip: origin.ip ?? '-', kind },
      evidence,
    },
  ];
}
