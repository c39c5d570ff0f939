/**
 * Which identity to check for a received message (RFC 7208 2.3, 2.4), then check_host().
 */
import type { SpfOutcome } from '../../model/auth.js';
import { checkHost, isCheckableDomain, type CheckHostContext } from './check-host.js';

export interface SpfMessageInput {
  /** Client IP of the first untrusted hop. */
  ip: string;
  /** Return-Path (RFC5321.MailFrom), with or without angle brackets; null or "<>" for a null reverse-path. */
  mailFrom: string | null;
  /** HELO/EHLO name the client gave. */
  helo: string | null;
  receiver?: string;
}

/** Longest address we look at (RFC 5321 4.5.3.1.3 path limit is 256 octets). */
export const MAX_PATH_LENGTH = 256;

function cleanPath(s: string | null): string {
  if (!s) return '';
  let t = s.trim();
  if (t.startsWith('<') && t.endsWith('>')) t = t.slice(1, -1).trim();
  return t.length > MAX_PATH_LENGTH ? '' : t;
}

/**
 * - 2.4: the MAIL FROM identity is checked; when the reverse-path is null, the check uses
 *   "postmaster@<HELO>" instead.
 * - 2.3: the HELO identity is checked (scope `helo`) when it is what identifies the sender, i.e. for a null
 *   reverse-path; a HELO that is an address literal or not a multi-label name gives none (4.3).
 */
export async function spfForMessage(input: SpfMessageInput, ctx: CheckHostContext): Promise<SpfOutcome> {
  const helo = cleanPath(input.helo).replace(/\.$/, '');
  const mailFrom = cleanPath(input.mailFrom);
  const at = mailFrom.lastIndexOf('@');
  const receiver = input.receiver !== undefined ? { receiver: input.receiver } : {};
  if (mailFrom !== '' && at >= 0 && at < mailFrom.length - 1) {
    const domain = mailFrom.slice(at + 1);
    return checkHost({ ip: input.ip, domain, sender: mailFrom, helo, ...receiver }, ctx);
  }
  const out = await checkHost({ ip: input.ip, domain: helo, sender: `postmaster@${helo}`, helo, ...receiver }, ctx);
  const reason = isCheckableDomain(helo)
    ? out.reason
    : `no MAIL FROM and HELO "${helo}" is not a checkable domain name (RFC 7208 2.3, 4.3)`;
  return { ...out, scope: 'helo', reason };
}
