/**
 * Short links in a digest (issue #12): a news digest that links to many different sites and writes a few long article
 * addresses as short links (`http://tinyurl.com/1nbz` shown as the link text itself) hides no destination from the
 * reader: the text says it is a short link, and it is one link among many sites. Phishing with a short link points it
 * at one or a few sites (in dev + train, no phishing message with a short link linked to 10 other sites; five digests
 * did, with 15 to 22).
 */
import type { LinkInfo } from '../../model/link.js';

/** Other sites (registrable domains, forms excluded) a message must link to for its short links to be a digest's. */
export const DIGEST_MIN_SITES = 10;

/** Every short link shows its own short URL as its text, and the message links to DIGEST_MIN_SITES other sites. */
export function isDigestShortening(links: readonly LinkInfo[], short: readonly LinkInfo[]): boolean {
  if (!short.length || !short.every((l) => l.host !== null && l.shownHost === l.host)) return false;
  const sites = new Set<string>();
  for (const l of links) {
    if (l.source === 'form' || l.flags.includes('shortener') || !l.registrableDomain) continue;
    sites.add(l.registrableDomain);
    if (sites.size >= DIGEST_MIN_SITES) return true;
  }
  return false;
}
