import { registrableDomain } from '../net/registrable.js';
import type { AnalysisContext } from './context.js';

/**
 * authserv-ids whose Authentication-Results we believe (RFC 8601 section 5): configured ones, else the
 * hosts that stamped trusted hops and the recipient's own domains. Anything else may have been written
 * by the sender and is ignored.
 */
export function trustedAuthservIds(ctx: AnalysisContext): string[] {
  if (ctx.settings.trustedAuthservIds.length) return ctx.settings.trustedAuthservIds;
  const ids = new Set<string>(ctx.ownDomains);
  for (const h of ctx.hops) {
    if (!h.trusted || !h.by) continue;
    const by = h.by.toLowerCase();
    ids.add(by);
    const reg = registrableDomain(by);
    if (reg) ids.add(reg);
  }
  return [...ids];
}
