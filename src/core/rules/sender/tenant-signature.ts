/**
 * `unrelated-tenant-signature`: the message's only DKIM signatures (RFC 6376 section 3.5, the `d=` tag: the domain
 * that takes responsibility for the message) are those of Microsoft 365 tenants (`<tenant>.onmicrosoft.com`, the
 * initial domain every tenant gets at sign-up, trials included) whose names have nothing to do with the From domain
 * (`jas19904493.onmicrosoft.com` signing for `eaux.smedialy.com`). An organisation on Microsoft 365 that has not set up
 * DKIM for its own domain is signed with its own tenant, and the tenant is named after it (`oracle.onmicrosoft.com`
 * for oracle.com, `windriversystems` for windriver.com); a campaign rents throw-away trial tenants and sends for
 * whatever domains it registered. Read from the message as received: the signature's presence names who signed,
 * whether it verifies is the DKIM check's business. Not judged: a From on onmicrosoft.com itself (that is
 * sender-platform-domain), or a message that also carries any other signature (a list or the author's own domain).
 *
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import { parseTagList } from '../../auth/dkim/tag-list.js';
import { publicSuffixOf } from '../../net/registrable.js';

const TENANT_SUFFIX = '.onmicrosoft.com';
/** Signatures read per message (a limit on untrusted input). */
const MAX_SIGNATURES = 10;
/** A From label this long or longer counts when found anywhere in the tenant name ("aerospacecloud" and "aero"). */
const MIN_INNER_LABEL = 4;

const alnum = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The `d=` domains of the DKIM-Signature fields, lower-case; null when one has none (not a tenant then). */
function signingDomains(msg: ParsedMessage): (string | null)[] {
  const out: (string | null)[] = [];
  for (const h of msg.headers) {
    if (h.key !== 'dkim-signature') continue;
    if (out.length >= MAX_SIGNATURES) break;
    const parsed = parseTagList(h.value);
    const d = parsed.ok ? parsed.tags.get('d') : undefined;
    out.push(d ? d.trim().toLowerCase().replace(/\.$/, '') : null);
  }
  return out;
}

/**
 * Is the tenant named after the From domain? Yes when it starts with one of the From domain's labels (below the
 * public suffix), holds a label of 4 or more characters, or its name without trailing digits (4+ characters) is in
 * the From domain.
 */
export function tenantNamedAfter(tenant: string, fromDomain: string): boolean {
  const suffix = publicSuffixOf(fromDomain) ?? '';
  const own = suffix && fromDomain.endsWith(`.${suffix}`) ? fromDomain.slice(0, -suffix.length - 1) : fromDomain;
  const labels = own.split('.').map(alnum).filter(Boolean);
  const t = alnum(tenant);
  if (!t) return false;
  for (const l of labels) {
    if (l.length >= 2 && t.startsWith(l)) return true;
    if (l.length >= MIN_INNER_LABEL && t.includes(l)) return true;
  }
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) >= 48 && t.charCodeAt(end - 1) <= 57) end--; // trailing digits off (linear; /[0-9]+$/ is quadratic)
  const core = t.slice(0, end);
  return core.length >= MIN_INNER_LABEL && alnum(own).includes(core);
}

export function tenantSignatureFindings(msg: ParsedMessage): Finding[] {
  const from = (msg.from?.domain ?? '').toLowerCase().replace(/\.$/, '');
  if (!from || from === TENANT_SUFFIX.slice(1) || from.endsWith(TENANT_SUFFIX)) return [];
  const domains = signingDomains(msg);
  if (domains.length === 0) return [];
  const tenants: string[] = [];
  for (const d of domains) {
    if (!d || !d.endsWith(TENANT_SUFFIX)) return [];
    const name = d.slice(0, -TENANT_SUFFIX.length).split('.').pop() ?? '';
    if (!name || tenantNamedAfter(name, from)) return [];
    tenants.push(d);
  }
  const first = tenants[0]!;
  return [
    {
      id: 'unrelated-tenant-signature',
      severity: 'low',
      messageKey: 'finding.unrelated-tenant-signature',
      params: { tenant: first, domain: from },
      evidence: [...new Set(tenants)].map((t) => ({ kind: 'header' as const, value: `d=${t}`, label: 'DKIM-Signature' })),
    },
  ];
}
