/**
 * The webmail content script's logic, DOM-free apart from the MiniDocument reads: pick the first site adapter
 * (sites.ts) whose page matches this frame, fetch each open message's raw source, hand it to the background, and ask
 * the UI to mount a banner at the adapter's placement. `once` sites show one message per document load; `on-change`
 * sites re-render in place, so their open messages are rescanned on DOM changes (debounced) and each message is
 * handled once per element.
 */
import type { Lang } from '../../core/i18n/index.js';
import type { ReportState } from '../extension/protocol.js';
import type { BannerPlacement, MiniDocument, MiniLocation } from './dom.js';
import type { WebmailAnalyzeReply, WebmailRequest, WebmailSite } from './protocol.js';
import type { FetchLike } from './raw-fetch.js';
import { SITES } from './sites.js';
import type { OpenMessage, SitePage, WebmailSiteAdapter } from './site-adapter.js';
import { bytesToBinary } from '../extension/protocol.js';

export interface ContentEnv {
  location: MiniLocation;
  document: MiniDocument;
  /** The page's own fetch (same-origin, with the site's cookies): Firefox `content.fetch`, Chrome's content-script fetch. */
  fetch: FetchLike;
  send(req: WebmailRequest): Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;
  mount(placement: BannerPlacement, state: ReportState, lang: Lang, key: string): void;
  /** Calls back on DOM changes until the returned function is called. */
  observe(onChange: () => void): () => void;
  /** Unique cache-buster per request. */
  nonce(): string;
}

/** The adapter that handled the frame (`roundcube`, `gmail`...), `unavailable` or `not-webmail`. */
export type ContentOutcome = string;

/** Rescans of `on-change` sites are debounced by this much (ms): rendering comes in bursts of mutations. */
export const RESCAN_MS = 250;
/** @deprecated name kept for tests written against the Gmail-only runner. */
export const GMAIL_RESCAN_MS = RESCAN_MS;

async function analyzeAndMount(env: ContentEnv, site: WebmailSite, msg: OpenMessage, visible: string[]): Promise<void> {
  const raw = await msg.fetchRaw();
  if (!raw.ok) {
    await env.send({ type: 'webmail-fetch-failed', site, key: msg.key, reason: raw.reason, visible });
    return;
  }
  const reply = await env.send({ type: 'webmail-analyze', site, key: msg.key, raw: bytesToBinary(raw.bytes), exact: raw.exact, visible });
  if (!reply.ok) return;
  const { state, lang } = reply.value as WebmailAnalyzeReply;
  const where = msg.placement();
  if (where) env.mount(where, state, lang, msg.key);
}

/** Runs once per frame load. `on-change` sites keep observing; the returned function stops it. */
export async function runWebmailContent(env: ContentEnv): Promise<{ outcome: ContentOutcome; stop: () => void }> {
  const page: SitePage = { location: env.location, document: env.document, fetch: env.fetch, nonce: () => env.nonce() };
  const site = SITES.find((s) => s.matchesPage(page));
  if (!site) return { outcome: 'not-webmail', stop: () => undefined };
  if (site.access.kind === 'unavailable') {
    await env.send({ type: 'webmail-unavailable', site: site.id });
    return { outcome: 'unavailable', stop: () => undefined };
  }
  if (site.rescan === 'on-change') return { outcome: site.id, stop: observeSite(env, page, site) };
  const open = site.openMessages(page);
  const visible = open.map((m) => m.key);
  for (const msg of open) await analyzeAndMount(env, site.id, msg, visible);
  return { outcome: site.id, stop: () => undefined };
}

function observeSite(env: ContentEnv, page: SitePage, site: WebmailSiteAdapter): () => void {
  const handled = new WeakMap<object, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scan = (): void => {
    timer = null;
    const open = site.openMessages(page);
    const visible = open.map((m) => m.key);
    for (const msg of open) {
      const id = msg.element ?? msg;
      if (handled.get(id) === msg.key) continue;
      handled.set(id, msg.key);
      void analyzeAndMount(env, site.id, msg, visible);
    }
  };
  const stopObserving = env.observe(() => {
    if (timer === null) timer = setTimeout(scan, RESCAN_MS);
  });
  scan();
  return () => {
    stopObserving();
    if (timer !== null) clearTimeout(timer);
  };
}
