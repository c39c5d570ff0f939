/**
 * Turns a decoded DNS response into a DnsResult for the question asked. Responses that do not match the question,
 * are truncated or make no sense are rejected (status 'error'), never trusted.
 */
import type { DnsRecord, DnsResult, RRType } from './types.js';
import type { DnsMessage, WireRecord } from './wire/message.js';
import { sameName } from './wire/name.js';
import { CLASS_IN, RCODE, TYPE_CODES } from './wire/types.js';

/** CNAME links followed inside one answer before giving up (loops, absurd chains). */
export const MAX_CNAME_CHAIN = 16;

export function errorResult(name: string, type: RRType, status: DnsResult['status'], error: string): DnsResult {
  return { name, type, status, records: [], cnames: [], ad: false, error };
}

function known(section: WireRecord[]): DnsRecord[] {
  const out: DnsRecord[] = [];
  for (const r of section) if (r.known && r.class === CLASS_IN) out.push(r.record);
  return out;
}

/** RFC 2308 5: negative TTL = min(SOA TTL, SOA MINIMUM) of the SOA in the authority section. */
function negativeTtl(msg: DnsMessage): number | undefined {
  for (const r of known(msg.authorities)) if (r.type === 'SOA') return Math.min(r.ttl, r.minimum);
  return undefined;
}

export function interpretResponse(msg: DnsMessage, name: string, type: RRType, expectedId: number): DnsResult {
  const bad = (why: string) => errorResult(name, type, 'error', `response rejected: ${why}`);
  // RFC 1035 4.1.1: a response has QR set, echoes the ID and (RFC 5452 4.2 / 9.1) the question.
  if (!msg.flags.qr) return bad('QR bit not set (not a response)');
  if (msg.id !== expectedId) return bad(`ID ${msg.id} does not match ${expectedId}`);
  if (msg.flags.opcode !== 0) return bad(`opcode ${msg.flags.opcode}`);
  const q = msg.questions[0];
  if (msg.questions.length !== 1 || !q) return bad(`${msg.questions.length} questions`);
  if (!sameName(q.name, name)) return bad(`question name ${q.name} is not ${name}`);
  if (q.type !== TYPE_CODES[type]) return bad(`question type ${q.type} is not ${type}`);
  if (q.class !== CLASS_IN) return bad(`question class ${q.class} is not IN`);
  // RFC 1035 4.1.1 TC: a truncated answer is incomplete; DoH has no reason to truncate (RFC 8484 6).
  if (msg.flags.tc) return bad('truncated (TC bit set)');
  const ad = msg.flags.ad;
  switch (msg.flags.rcode) {
    case RCODE.NOERROR:
    case RCODE.NXDOMAIN:
      break;
    case RCODE.SERVFAIL:
      return { ...errorResult(name, type, 'servfail', 'SERVFAIL'), ad };
    default:
      return { ...errorResult(name, type, 'error', `rcode ${msg.flags.rcode}`), ad };
  }
  const answers = known(msg.answers);
  const cnames: string[] = [];
  let current = name;
  let records: DnsRecord[] = [];
  for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
    records = answers.filter((r) => r.type === type && sameName(r.name, current));
    if (records.length > 0 || type === 'CNAME') break;
    const c = answers.find((r) => r.type === 'CNAME' && sameName(r.name, current));
    if (!c || c.type !== 'CNAME') break;
    if (hop === MAX_CNAME_CHAIN || cnames.some((n) => sameName(n, c.data))) {
      return { ...errorResult(name, type, 'error', 'CNAME loop or chain too long'), cnames };
    }
    cnames.push(c.data);
    current = c.data;
  }
  const neg = negativeTtl(msg);
  const base = { name, type, cnames, ad, ...(neg !== undefined ? { negativeTtl: neg } : {}) };
  // RFC 2308 2.1: NXDOMAIN applies to the last name of the chain; RFC 6604 keeps the rcode of the final target.
  if (msg.flags.rcode === RCODE.NXDOMAIN) {
    if (records.length > 0) return bad('NXDOMAIN with answer records');
    return { ...base, status: 'nxdomain', records: [] };
  }
  if (records.length === 0) return { ...base, status: 'nodata', records: [] };
  return { name, type, cnames, ad, status: 'ok', records };
}
