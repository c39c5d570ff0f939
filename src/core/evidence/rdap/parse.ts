/**
 * Reads an RDAP domain response (RFC 9083): the `registration` event of a domain object class. JSON that is not a
 * domain object, or about another domain, is garbage; a domain object without a usable registration event (redacted
 * per RFC 9537, or never published) is "hidden".
 */

import { isoFromSeconds, parseDateSeconds } from '../../parse/headers/date.js';

export type RdapReading =
  { kind: 'registered'; registered: string } | { kind: 'hidden'; reason: string } | { kind: 'garbage'; reason: string };

/** 1983-01-01T00:00:00Z: no domain was registered before the DNS existed. */
const DNS_EPOCH_S = 410_227_200;

/** RFC 9083 4.5 `eventDate` is RFC 3339; anything that does not parse to a plausible date is ignored. Epoch seconds. */
function eventTime(v: unknown): number | null {
  if (typeof v !== 'string' || v.length > 64 || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return null;
  const t = parseDateSeconds(v);
  return t !== null && t >= DNS_EPOCH_S && isoFromSeconds(t) !== null ? t : null;
}

export function readRdapDomain(body: string, domain: string): RdapReading {
  let j: unknown;
  try {
    j = JSON.parse(body);
  } catch {
    return { kind: 'garbage', reason: 'the answer is not JSON' };
  }
  if (typeof j !== 'object' || j === null || Array.isArray(j)) return { kind: 'garbage', reason: 'the answer is not a JSON object' };
  const o = j as Record<string, unknown>;
  // RFC 9083 5.3: a domain object's objectClassName is "domain".
  if (o.objectClassName !== 'domain') return { kind: 'garbage', reason: 'the answer is not an RDAP domain object' };
  const ldh = typeof o.ldhName === 'string' ? o.ldhName.toLowerCase().replace(/\.$/, '') : null;
  if (ldh !== null && ldh !== domain.toLowerCase())
    return { kind: 'garbage', reason: `the answer is about ${ldh.slice(0, 100)}, not ${domain}` };
  const events = Array.isArray(o.events) ? o.events.slice(0, 100) : [];
  let first: number | null = null;
  for (const e of events) {
    if (typeof e !== 'object' || e === null) continue;
    const ev = e as Record<string, unknown>;
    // RFC 9083 4.5 / 10.2.3: eventAction "registration".
    if (ev.eventAction !== 'registration') continue;
    const t = eventTime(ev.eventDate);
    if (t !== null && (first === null || t < first)) first = t;
  }
  if (first === null) return { kind: 'hidden', reason: 'the registry publishes no registration date for it' };
  return { kind: 'registered', registered: isoFromSeconds(first)! };
}
