/**
 * `sender-name-variant-link`: a link or button leads to a different domain built from the sender's own domain name
 * plus other words or digits (`confirm-bankone.com` and `confirmation-bankone.com` in mail "from" bankone.com,
 * `wamu4u.com` from wamu.com), while the From domain itself is not authenticated. The message borrows the sender's
 * name to make the link look like the sender's site; a forger cannot put a page on the real domain, so it registers a
 * look-alike combination. Matched only as a whole part of the link's name (bounded on each side by the start or end of the name, a hyphen
 * or a digit), so a brand's own compound names such as `ebaystatic.com` do not count, and only for names of 4 or more
 * characters. Not judged when the From domain passed authentication (a verified-* finding: an organisation's real
 * mail linking to its own second domain), and URLs quoted in plain text are not counted.
 *
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 */
import type { Finding } from '../../model/finding.js';
import { hitsFinding, linkUrl } from './hits-finding.js';
import type { LinkInfo } from '../../model/link.js';
import { icannRegistrableDomain, publicSuffixOf } from '../../net/registrable.js';

const MIN_NAME = 4;

/** The registrable name without its public suffix (`bankone` of bankone.com), or null. */
function nameOf(domain: string): string | null {
  const reg = icannRegistrableDomain(domain.toLowerCase());
  if (!reg) return null;
  const suffix = publicSuffixOf(reg, { privateDomains: false }) ?? '';
  const name = suffix && reg.endsWith(`.${suffix}`) ? reg.slice(0, -suffix.length - 1) : reg;
  return name.includes('.') ? null : name;
}

/** A name's neighbour that ends it as a word in a label: start or end, a hyphen, a digit (made once, not per call). */
const edge = (c: string) => c === '' || c === '-' || /[0-9]/.test(c);

/** `name` appears in `label` as a whole part (each side: start/end, hyphen or digit) and is not all of it. */
export function containsAsPart(label: string, name: string): boolean {
  if (label === name || name.length < MIN_NAME) return false;
  let i = label.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? '' : label[i - 1]!;
    const after = label[i + name.length] ?? '';
    if (edge(before) && edge(after)) return true;
    i = label.indexOf(name, i + 1);
  }
  return false;
}

export function senderNameVariantFindings(links: readonly LinkInfo[], fromDomain: string | null, fromVerified: boolean): Finding[] {
  if (!fromDomain || fromVerified) return [];
  const name = nameOf(fromDomain);
  if (!name || name.length < MIN_NAME) return [];
  const hits: LinkInfo[] = [];
  for (const l of links) {
    if (l.source === 'text' || !l.host) continue;
    const linkName = nameOf(l.host);
    if (linkName && containsAsPart(linkName, name)) hits.push(l);
  }
  return hitsFinding({ id: 'sender-name-variant-link', severity: 'low' }, hits, {
    params: (l) => ({ host: l.host ?? '', sender: fromDomain }),
    url: linkUrl,
  });
}
