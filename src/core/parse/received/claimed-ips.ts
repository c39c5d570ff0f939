/**
 * IPs that a sender's system claims the message came from (webmail/Exchange submission headers). They are
 * written by systems outside the trust boundary, so they are evidence only, never the origin.
 */
import type { HeaderField } from '../../model/message.js';
import { normalizeIp } from './ip.js';

const CLAIM_HEADERS = new Set([
  'x-originating-ip',
  'x-sender-ip',
  'x-forwarded-for',
  'x-original-ip',
  'x-client-ip',
  'x-real-ip',
  'x-ms-exchange-crosstenant-originating-ip',
  'x-yahoo-post-ip',
  'x-php-originating-ip',
]);
const MAX_CLAIMED = 20;

export function claimedOriginatingIps(headers: HeaderField[]): string[] {
  const out: string[] = [];
  for (const h of headers) {
    if (!CLAIM_HEADERS.has(h.key)) continue;
    for (const part of h.value.slice(0, 1000).split(/[\s,;]+/)) {
      const ip = normalizeIp(part.replace(/^\[|\]$/g, '').replace(/^\[/, ''));
      if (ip && !out.includes(ip)) out.push(ip);
      if (out.length >= MAX_CLAIMED) return out;
    }
  }
  return out;
}
