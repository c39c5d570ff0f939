/** Classifies a suspicious HELO/EHLO name (RFC 5321 section 4.1.1.1: the client SHOULD send its FQDN). */
import { isLoopbackIp, normalizeIp } from './ip.js';

export type HeloAnomaly = 'ip-literal' | 'loopback-literal' | 'localhost' | 'not-fqdn';

export function heloAnomaly(helo: string | null): null | HeloAnomaly {
  if (helo === null) return null;
  const h = helo.trim().replace(/^"|"$/g, '');
  if (h === '') return null;
  const ip = normalizeIp(h);
  if (ip !== null) return isLoopbackIp(ip) ? 'loopback-literal' : 'ip-literal';
  const name = h.replace(/\.$/, '').toLowerCase();
  if (name === 'localhost' || name.startsWith('localhost.') || name === 'localhost.localdomain') return 'localhost';
  if (!name.includes('.')) return 'not-fqdn';
  return null;
}
