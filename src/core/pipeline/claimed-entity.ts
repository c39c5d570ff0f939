import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { findEntityByName, entityOwningDomain } from '../reference/brands/index.js';
import { registrableDomain } from '../net/registrable.js';
import type { AnalysisContext } from './context.js';

/**
 * The brand or organization the message presents itself as, for the headline ("This is not KAGOYA: ...").
 * Order: the brand owning the From domain (a spoofed kagoya.net claims to be KAGOYA), the recipient's own
 * organization when it is impersonated, else a brand named in the display name or subject.
 */
export function claimedEntity(ctx: AnalysisContext, findings: readonly Finding[]): Report['claimedEntity'] {
  const from = ctx.msg.from;
  const byDomain = from?.domain ? entityOwningDomain(registrableDomain(from.domain) ?? from.domain) : null;
  if (byDomain) return { name: byDomain.name, domains: [...byDomain.domains] };
  if (findings.some((f) => f.id === 'own-domain-impersonation') && ctx.ownDomains.length) {
    return { name: ctx.settings.ownOrgNames[0] ?? ctx.ownDomains[0]!, domains: ctx.ownDomains };
  }
  const byName = findEntityByName(`${from?.name ?? ''} ${ctx.msg.subject}`);
  if (byName) return { name: byName.name, domains: [...byName.domains] };
  return null;
}
