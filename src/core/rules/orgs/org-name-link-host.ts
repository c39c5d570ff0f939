/**
 * `org-name-in-link-host`: a link's host carries the name of a catalogue organisation (reference/orgs) as a whole
 * label or hyphen-separated part (`wellsfargo.secure-login.example`, `correios-rastreio.example`; never the whole
 * registrable label, `krispykreme.co.uk`, which is usually the organisation's own country domain) while neither the
 * host nor its parents belong to that organisation. Only names that cannot be ordinary words are looked for: names of
 * two or more words written together (`bancodobrasil`, `wellsfargo`), or one-word names of seven letters or more that
 * are also the organisation's own domain label (`allianz` of allianz.com), never names made only of organisational
 * vocabulary nor ordinary dictionary words (`Personal`, `Progressive`). Hosts of any catalogue organisation, mail
 * services and link wrappers are not judged, nor links in mail the organisation itself sent. Brands of the curated
 * pack are the lookalike rule's (combosquatting).
 */
import type { Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import { orgNames, compactOf, wordsOf, ORG_WORDS, type OrgName } from '../../reference/orgs/org-names.js';
import { orgsOwning } from '../../reference/orgs/catalog.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
import { registrableDomain } from '../../net/registrable.js';
import { isEsp, isLinkWrapper } from '../../reference/hosting/index.js';

const MIN_COMPACT = 6;
const MIN_SINGLE_WORD = 7;
/** A name written in a host is at most this many hyphen-separated parts (`banco-do-brasil`). */
const MAX_PARTS = 4;
const MAX_LINKS = 200;
const MAX_EVIDENCE = 3;

let index: Map<string, OrgName> | null = null;

function hostIndex(): Map<string, OrgName> {
  if (index) return index;
  const m = new Map<string, OrgName>();
  for (const n of orgNames()) {
    if (n.japanese || n.common || n.compact.length < MIN_COMPACT) continue;
    const words = wordsOf(n.name);
    let ok: boolean;
    if (words.length >= 2) ok = n.strength === 'distinct';
    else {
      const w = words[0] ?? '';
      ok =
        n.compact.length >= MIN_SINGLE_WORD &&
        !ORG_WORDS.has(w) &&
        n.orgs.some((o) => o.domains.some((d) => d.split('.')[0] === n.compact));
    }
    if (ok && !m.has(n.compact)) m.set(n.compact, n);
  }
  index = m;
  return m;
}

/** The catalogue name written in `host` outside its public suffix, or null. */
export function orgNameInHost(host: string): OrgName | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  const reg = registrableDomain(h);
  if (!reg) return null;
  const suffixLen = reg.length - (reg.indexOf('.') + 1);
  const named = h.slice(0, h.length - suffixLen - 1);
  const regLabel = reg.slice(0, reg.indexOf('.'));
  const idx = hostIndex();
  for (const label of named.split('.')) {
    const parts = label.split('-').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      let joined = '';
      for (let j = i; j < parts.length && j < i + MAX_PARTS; j++) {
        joined += parts[j];
        const hit = idx.get(joined);
        // The name as the whole registrable label under another suffix (`krispykreme.co.uk`) is most often the
        // organisation's own country domain; a TLD swap is the lookalike rule's to judge.
        if (hit && !(label === regLabel && joined === regLabel.replace(/-/g, ''))) return hit;
      }
    }
  }
  return null;
}

export function orgNameLinkFindings(links: readonly LinkInfo[], fromDomain: string | null): Finding[] {
  const fromOwners = fromDomain ? orgsOwning(fromDomain) : [];
  const hits: { link: LinkInfo; name: OrgName }[] = [];
  const seenHosts = new Set<string>();
  for (const link of links.slice(0, MAX_LINKS)) {
    const host = link.hostAscii;
    if (!host || seenHosts.has(host)) continue;
    seenHosts.add(host);
    if (isEsp(host) || isLinkWrapper(host) || orgsOwning(host).length > 0 || entityOwningDomain(host)) continue;
    const name = orgNameInHost(host);
    if (!name) continue;
    // The organisation's own mail may link to a partner's page that carries its name.
    if (name.orgs.some((o) => fromOwners.includes(o))) continue;
    hits.push({ link, name });
  }
  if (!hits.length) return [];
  const first = hits[0]!;
  const org = first.name.orgs[0]!;
  const domains = [...new Set(first.name.orgs.flatMap((o) => o.domains))].slice(0, 3).join(', ');
  return [
    {
      id: 'org-name-in-link-host',
      severity: 'medium',
      messageKey: 'finding.org-name-in-link-host',
      params: { org: first.name.name, host: first.link.hostAscii ?? '', domains, count: hits.length, kind: org.kind, source: org.id },
      evidence: hits
        .slice(0, MAX_EVIDENCE)
        .map((h) => ({ kind: 'url' as const, value: h.link.target || h.link.href, label: `link host names ${h.name.name}` })),
    },
  ];
}

export { compactOf };
