/**
 * Content script for granted webmail sites (registered at runtime per site, all frames): runs the site adapter and
 * mounts the shared banner. Guarded against double injection (registered script + executeScript after a grant).
 */
import browser from 'webextension-polyfill';
import { mountBanner } from '../ui/banner/index.js';
import { reportByMailto } from '../ui/shared/report-webmail.js';
import type { BannerPlacement, MiniDocument } from '../platform/webmail/dom.js';
import { runWebmailContent } from '../platform/webmail/content-runner.js';
import type { FetchLike } from '../platform/webmail/raw-fetch.js';

const SLOT_ATTR = 'data-sender-lens-slot';
const g = globalThis as unknown as { __senderLensWebmail?: boolean; content?: { fetch?: typeof fetch } };

/** A slot element of ours at the placement, reused per message key, that the banner mounts into. */
function slotFor(placement: BannerPlacement, key: string): Element {
  const anchor = placement.anchor as unknown as Element;
  const doc = anchor.ownerDocument;
  const existing = Array.from(doc.querySelectorAll(`[${SLOT_ATTR}]`)).find((e) => e.getAttribute(SLOT_ATTR) === key);
  if (existing) return existing;
  const slot = doc.createElement('div');
  slot.setAttribute(SLOT_ATTR, key);
  if (placement.position === 'before') anchor.before(slot);
  else anchor.prepend(slot);
  return slot;
}

if (!g.__senderLensWebmail) {
  g.__senderLensWebmail = true;
  // Firefox: content.fetch is the page's fetch (page origin and cookies); Chrome MV3 content-script fetch already is.
  const pageFetch = (g.content?.fetch ?? fetch).bind(globalThis) as unknown as FetchLike;
  // The report address (for the banner's advice and "Report phishing"), read once; '' until it arrives or if unset.
  let reportAddress = '';
  void (
    browser.runtime.sendMessage({ type: 'settings-get' }) as Promise<
      { ok: boolean; value?: { settings?: { reportAddress?: string } } } | undefined
    >
  )
    .then((r) => {
      reportAddress = (r?.ok && r.value?.settings?.reportAddress) || '';
    })
    .catch(() => undefined);
  void runWebmailContent({
    location: window.location,
    document: document as unknown as MiniDocument,
    fetch: pageFetch,
    send: async (req) => {
      try {
        const reply = (await browser.runtime.sendMessage(req)) as { ok: true; value: unknown } | { ok: false; error: string } | undefined;
        return reply ?? { ok: false, error: 'no answer from the background' };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
    mount: (placement, state, lang, key) => {
      if (state.status !== 'ready') return;
      const slot = slotFor(placement, key);
      const report = state.report;
      mountBanner(slot, report, {
        lang,
        reportAddress,
        onOpenReport: () => void browser.runtime.sendMessage({ type: 'webmail-open-report', key }),
        onReport: () => void reportByMailto(document, report, lang, reportAddress),
      });
    },
    observe: (onChange) => {
      const mo = new MutationObserver(onChange);
      mo.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      return () => mo.disconnect();
    },
    nonce: () => Math.random().toString(36).slice(2),
  }).catch((err: unknown) => console.warn('sender-lens webmail:', err));
}
