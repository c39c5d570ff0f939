/**
 * Which webmail a URL belongs to, for the toolbar state, from the list of site adapters (sites.ts). Self-hosted
 * sites (Roundcube) are only recognised from their page, so a URL of theirs is `unknown` until the user grants it.
 */
import { SITES } from './sites.js';
import type { WebmailSiteAdapter } from './site-adapter.js';

/** A site adapter id, or `unknown`. */
export type WebmailKind = string;

export function siteOfUrl(url: string): WebmailSiteAdapter | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return SITES.find((s) => s.matchesUrl(u)) ?? null;
}

export function webmailKindOfUrl(url: string): WebmailKind {
  return siteOfUrl(url)?.id ?? 'unknown';
}

/** True for webmails where Sender Lens cannot get the raw message: show "checks unavailable here". */
export function checksUnavailable(kind: WebmailKind): boolean {
  return SITES.some((s) => s.id === kind && s.access.kind === 'unavailable');
}

/** What the person can do instead on a site without checks, or null. */
export function unavailableAdvice(kind: WebmailKind): Record<'en' | 'ja', string> | null {
  const site = SITES.find((s) => s.id === kind);
  return site && site.access.kind === 'unavailable' ? site.access.advice : null;
}
