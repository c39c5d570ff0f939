/**
 * Click tracking in bulk mail. Newsletters (RFC 2369 List-Unsubscribe present) route links through the mailing
 * platform's redirector, so the text shows the shop's site while the link goes to the platform. A link is treated
 * as a tracking redirect there when it goes to the List-Unsubscribe host's domain or its host/path says so
 * (`clickthru.`, `/click?`, `/track/`, `/redirect`). One-to-one mail has no List-Unsubscribe and gets no allowance,
 * except for a click tracker on the sender's own domain (From or Return-Path, i.e. its mailing service): a link through
 * `clickthru.example.com` in mail from `news@example.com` goes where the sender sends it, whatever its text (issue #12).
 */
import type { ParsedMessage } from '../../model/message.js';
import { registrableDomainOf } from '../../net/registrable.js';

export interface BulkTracking {
  isTracker(target: string, registrable: string | null): boolean;
}

const NONE: BulkTracking = { isTracker: () => false };
/** Hosts read from List-Unsubscribe (limit on untrusted input). */
const MAX_HOSTS = 5;
const TRACKING_WORDS = /click|track|redirect|redir/i;

const tracking = (target: string): boolean => {
  try {
    const u = new URL(target);
    return TRACKING_WORDS.test(u.hostname) || TRACKING_WORDS.test(u.pathname);
  } catch {
    return false;
  }
};

/** The sender's own domains: From and Return-Path (the mailing service that sent it), registrable. */
function senderDomains(msg: ParsedMessage): Set<string> {
  const out = new Set<string>();
  for (const d of [msg.from?.domain, msg.returnPath?.replace(/^.*@/, '').replace(/>$/, '')]) {
    const r = d ? registrableDomainOf(d) : null;
    if (r) out.add(r);
  }
  return out;
}

export function bulkTrackingContext(msg: ParsedMessage): BulkTracking {
  const own = senderDomains(msg);
  const ownTracker: BulkTracking = { isTracker: (target, registrable) => registrable !== null && own.has(registrable) && tracking(target) };
  const unsub = msg.headers.find((h) => h.key === 'list-unsubscribe')?.value;
  if (unsub === undefined) return own.size ? ownTracker : NONE;
  // The raw value may be RFC 2047-encoded; host names survive encoding, so read them directly.
  const domains = new Set<string>();
  for (const m of unsub.slice(0, 4000).matchAll(/https?:\/\/([a-z0-9.-]{1,253})/gi)) {
    const d = registrableDomainOf(m[1] ?? '');
    if (d) domains.add(d);
    if (domains.size >= MAX_HOSTS) break;
  }
  return {
    isTracker(target, registrable) {
      if (registrable !== null && domains.has(registrable)) return true;
      return tracking(target);
    },
  };
}
