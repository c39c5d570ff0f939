/**
 * `redirect-chain`: a link passes through a redirect on a site that has nothing to do with the sender or with the
 * destination (a search engine's click URL, another site's `redirect.php?url=`) on its way to a third site. Phishing
 * uses such open redirects so that the link shows, and filters see, a reputable host. Not suspicious by itself, and
 * so not counted: the sender's own redirects, its mailing platform's click tracking (newsletters), a redirect inside
 * one site, a redirect to the sender's own site, a redirect on a site the message also links to directly, and pages that show another site's content (web archives,
 * translation proxies).
 */
import type { Evidence, Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import type { ParsedMessage } from '../../model/message.js';
import { registrableDomainOf } from '../../net/registrable.js';
import { isClickTracker } from '../../reference/link-host-lists.js';
import { bulkTrackingContext } from './bulk-tracking.js';

/** Links named as evidence. */
const MAX_EVIDENCE = 5;
/** Sites that show another page's content under their own host rather than sending the browser there. */
const VIEWERS = /^(?:web\.archive\.org|archive\.(?:org|ph|today|is)|translate\.google(?:\.[a-z]{2,3}){1,2}|translate\.goog)$/i;

function siteOf(host: string): string {
  return registrableDomainOf(host) ?? host.toLowerCase();
}

export interface OpenRedirectHit {
  link: LinkInfo;
  /** The redirect host on another site. */
  via: string;
}

export function openRedirectHits(msg: ParsedMessage, links: readonly LinkInfo[]): OpenRedirectHit[] {
  const senders = new Set<string>();
  for (const a of [msg.from, msg.sender, ...msg.fromAll]) if (a?.domain) senders.add(siteOf(a.domain));
  const bulk = bulkTrackingContext(msg);
  // A site the message also links to directly is part of what the mail is about (its publisher's own redirects).
  const linkedDirectly = new Set(links.filter((l) => !l.chain && l.registrableDomain).map((l) => l.registrableDomain!));
  const out: OpenRedirectHit[] = [];
  for (const l of links) {
    if (!l.openRedirects?.length || !l.hostAscii) continue;
    const target = l.registrableDomain ?? l.hostAscii;
    if (senders.has(target)) continue;
    const via = l.openRedirects.find((hop) => {
      const site = siteOf(hop);
      return (
        site !== target &&
        !senders.has(site) &&
        !linkedDirectly.has(site) &&
        !VIEWERS.test(hop) &&
        !isClickTracker(site) &&
        !bulk.isTracker(`https://${hop}/`, site)
      );
    });
    if (via) out.push({ link: l, via });
  }
  return out;
}

export function openRedirectFindings(msg: ParsedMessage, links: readonly LinkInfo[]): Finding[] {
  const hits = openRedirectHits(msg, links);
  const first = hits[0];
  if (!first) return [];
  return [
    {
      id: 'redirect-chain',
      severity: 'medium',
      messageKey: 'finding.redirect-chain',
      params: { via: first.via, target: first.link.host ?? first.link.target, count: hits.length },
      evidence: hits.slice(0, MAX_EVIDENCE).flatMap((h): Evidence[] => [
        { kind: 'url', value: h.link.href.slice(0, 300), label: 'link as written' },
        { kind: 'host', value: (h.link.chain ?? [h.via, h.link.host ?? '']).join(' → '), label: 'by way of' },
      ]),
    },
  ];
}
