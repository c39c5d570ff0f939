/**
 * The webmail content script's logic, DOM-free apart from the MiniDocument reads: pick the site adapter for this
 * frame, fetch each open message's raw source, hand it to the background, and ask the UI to mount a banner at the
 * adapter's placement. Roundcube frames show one message per document load; Gmail re-renders in place, so its
 * open messages are rescanned on DOM changes (debounced) and each message is handled once per element.
 */
import type { Lang } from '../../core/i18n/index.js';
import type { ReportState } from '../extension/protocol.js';
import type { BannerPlacement, MiniDocument, MiniElement, MiniLocation } from './dom.js';
import { fetchGmailRaw, gmailBannerPlacement, gmailOpenMessages, isGmailLocation } from './gmail.js';
import type { WebmailAnalyzeReply, WebmailRequest, WebmailSite } from './protocol.js';
import type { FetchLike } from './raw-fetch.js';
import { fetchRoundcubeRaw, isRoundcubePage, roundcubeBannerPlacement, roundcubeMessageRef } from './roundcube.js';
import { checksUnavailable, webmailKindOfUrl } from './site-kind.js';
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

export type ContentOutcome = 'roundcube' | 'gmail' | 'unavailable' | 'not-webmail';

/** Gmail rescans are debounced by this much (ms): thread rendering comes in bursts of mutations. */
export const GMAIL_RESCAN_MS = 250;

async function analyzeAndMount(env: ContentEnv, site: WebmailSite, key: string, visible: string[], placement: () => BannerPlacement | null,
  fetchRaw: () => Promise<{ ok: true; bytes: Uint8Array; exact: boolean } | { ok: false; reason: string }>): Promise<void> {
  const raw = await fetchRaw();
  if (!raw.ok) {
    await env.send({ type: 'webmail-fetch-failed', site, key, reason: raw.reason, visible });
    return;
  }
  const reply = await env.send({ type: 'webmail-analyze', site, key, raw: bytesToBinary(raw.bytes), exact: raw.exact, visible });
  if (!reply.ok) return;
  const { state, lang } = reply.value as WebmailAnalyzeReply;
  const where = placement();
  if (where) env.mount(where, state, lang, key);
}

/** Runs once per frame load. Gmail keeps observing; the returned function stops it. */
export async function runWebmailContent(env: ContentEnv): Promise<{ outcome: ContentOutcome; stop: () => void }> {
  const kind = webmailKindOfUrl(env.location.href);
  if (checksUnavailable(kind)) {
    await env.send({ type: 'webmail-unavailable', site: kind === 'outlook' ? 'outlook' : 'activemail' });
    return { outcome: 'unavailable', stop: () => undefined };
  }
  if (isGmailLocation(env.location)) return { outcome: 'gmail', stop: runGmail(env) };
  const ref = roundcubeMessageRef(env.location);
  if (ref && isRoundcubePage(env.document)) {
    await analyzeAndMount(env, 'roundcube', ref.key, [ref.key], () => roundcubeBannerPlacement(env.document), async () => {
      const r = await fetchRoundcubeRaw(env.fetch, ref, env.document);
      return r.ok ? { ok: true, bytes: r.bytes, exact: true } : r;
    });
    return { outcome: 'roundcube', stop: () => undefined };
  }
  return { outcome: 'not-webmail', stop: () => undefined };
}

function runGmail(env: ContentEnv): () => void {
  const handled = new WeakMap<MiniElement, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scan = (): void => {
    timer = null;
    const refs = gmailOpenMessages(env.document);
    const visible = refs.map((r) => r.key);
    for (const ref of refs) {
      if (handled.get(ref.element) === ref.key) continue;
      handled.set(ref.element, ref.key);
      void analyzeAndMount(env, 'gmail', ref.key, visible, () => gmailBannerPlacement(ref), () => fetchGmailRaw(env.fetch, env.location, env.document, ref, env.nonce()));
    }
  };
  const stopObserving = env.observe(() => {
    if (timer === null) timer = setTimeout(scan, GMAIL_RESCAN_MS);
  });
  scan();
  return () => {
    stopObserving();
    if (timer !== null) clearTimeout(timer);
  };
}
