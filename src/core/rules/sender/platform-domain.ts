/**
 * `sender-platform-domain`: the sender's address (From) or its bounce address (Return-Path, RFC 5321 section 4.4) is
 * a name under a platform where anyone gets a tenant name in minutes and that is meant for an app or a trial, not
 * for an organisation's mail: a Microsoft 365 tenant's initial `<tenant>.onmicrosoft.com` domain, or a cloud app host
 * (`<project>.firebaseapp.com`, `*.web.app`, `*.azurewebsites.net`... the CLOUD_APP_HOSTS list of
 * reference/hosting). An organisation sends from its own domain; throw-away tenants and free app projects are what
 * a sender uses who has none. Hosting platforms whose tenants are real personal mailboxes (rental servers such as
 * sakura.ne.jp, dynamic-DNS names) and help-desk platforms are NOT listed. A From there is medium; only the bounce
 * address there (From elsewhere) is low.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import { domainOfAddress } from '../../net/registrable.js';
import { cloudAppPlatform } from '../../reference/hosting/index.js';

/** Microsoft 365: every tenant gets `<name>.onmicrosoft.com` at sign-up, trials included (Microsoft Learn, "Domains FAQ"). */
const TENANT_DEFAULT_DOMAINS = ['onmicrosoft.com'];

/** The platform a domain is a tenant name of, or null (the platform's own name is not a tenant). */
export function tenantPlatformOf(domain: string | null | undefined): string | null {
  const d = (domain ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (!d) return null;
  for (const p of TENANT_DEFAULT_DOMAINS) if (d.endsWith(`.${p}`)) return p;
  const app = cloudAppPlatform(d);
  return app && d !== app ? app : null;
}

export function platformDomainFindings(msg: ParsedMessage): Finding[] {
  const from = msg.from?.domain ?? null;
  const fromPlatform = tenantPlatformOf(from);
  if (fromPlatform && msg.from) {
    return [finding('medium', 'from', msg.from.address, fromPlatform)];
  }
  const bounce = domainOfAddress(msg.returnPath);
  const bouncePlatform = tenantPlatformOf(bounce);
  if (bouncePlatform && msg.returnPath) return [finding('low', 'envelope', msg.returnPath, bouncePlatform)];
  return [];
}

function finding(severity: 'low' | 'medium', where: 'from' | 'envelope', address: string, platform: string): Finding {
  return {
    id: 'sender-platform-domain',
    severity,
    messageKey: where === 'from' ? 'finding.sender-platform-domain' : 'finding.sender-platform-domain.envelope',
    params: { address, platform },
    evidence: [{ kind: 'address', value: address, label: where === 'from' ? 'From' : 'Return-Path' }],
  };
}
