/**
 * Click tracking in bulk mail. Newsletters (RFC 2369 List-Unsubscribe present) route links through the mailing
 * platform's redirector, so the text shows the shop's site while the link goes to the platform. A link is treated
 * as a tracking redirect there when it goes to the List-Unsubscribe host's domain or its host/path says so
 * (`clickthru.`, `/click?`, `/track/`, `/redirect`). One-to-one mail has no List-Unsubscribe and gets no allowance.
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

export function bulkTrackingContext(msg: ParsedMessage): BulkTracking {
  const unsub = msg.headers.find((h) => h.key === 'list-unsubscribe')?.value;
  if (unsub === undefined) return NONE;
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
      try {
        const u = new URL(target);
        return TRACKING_WORDS.test(u.hostname) || TRACKING_WORDS.test(u.pathname);
      } catch {
        return false;
      }
    },
  };
}
