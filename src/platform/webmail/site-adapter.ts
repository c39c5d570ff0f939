/**
 * What a webmail site adapter provides. Each site is one file implementing this interface; the list of sites
 * (sites.ts) is the only other place a new site is named. The content runner, the toolbar's site kind, the
 * site-access grant and the popup's site notices all derive from that list.
 */
import type { Lang } from '../../core/i18n/index.js';
import type { BannerPlacement, MiniDocument, MiniLocation } from './dom.js';
import type { FetchLike } from './raw-fetch.js';

/** Raw source of one message, or why it could not be read. `exact`: false for a text rendering of the source. */
export type RawSourceResult = { ok: true; bytes: Uint8Array; exact: boolean } | { ok: false; reason: string };

/** One message open on the page: its identity, how to read its source, where its banner goes. */
export interface OpenMessage {
  /** Stable identity for caches and the badge (site-prefixed, e.g. `roundcube|<base>|INBOX|42`). */
  key: string;
  /** Element identity used to handle each rendered message once (sites that re-render in place). */
  element?: object;
  fetchRaw(): Promise<RawSourceResult>;
  placement(): BannerPlacement | null;
}

/** What the content runner gives an adapter for finding and fetching messages. */
export interface SitePage {
  location: MiniLocation;
  document: MiniDocument;
  /** The page's own fetch (same origin, the site's cookies). */
  fetch: FetchLike;
  /** Unique cache-buster per request. */
  nonce(): string;
}

/** How the user grants Sender Lens access to the site. */
export type SiteAccessMode =
  /** Host permission + content script on the page's directory (self-hosted sites on any origin, e.g. Roundcube). */
  | { kind: 'runtime' }
  /** Host permission + content script on a fixed path of a fixed host (e.g. Gmail's `/mail/`). */
  | { kind: 'runtime'; host: string; path: string }
  /** No raw-source path an extension can use: checks are reported unavailable; `advice` says what to do instead. */
  | { kind: 'unavailable'; advice: Record<Lang, string> };

export interface WebmailSiteAdapter {
  /** Stable id, also the `site` field of the content-script protocol. */
  id: string;
  /** Name shown to people. */
  label: string;
  /** Recognised from the URL alone (before access is granted; toolbar state). Self-hosted sites return false. */
  matchesUrl(url: URL): boolean;
  /** Recognised from the page itself (inside the content script). */
  matchesPage(page: SitePage): boolean;
  access: SiteAccessMode;
  /** `once`: the page shows one message per load; `on-change`: the site re-renders in place, rescan on DOM changes. */
  rescan: 'once' | 'on-change';
  /** Messages open on the page now (empty when none). Never throws on a hostile page. */
  openMessages(page: SitePage): OpenMessage[];
}
