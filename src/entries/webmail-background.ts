/**
 * Webmail part of the browser background (imported by shared-background.ts): analyzes what the webmail content
 * script fetched, answers the popup's `report-for-tab` for webmail tabs, drives the toolbar badge, and activates
 * granted sites. `globalThis.senderLensWebmail` exposes read-only tab state (with the SHA-256 of what was analyzed)
 * and `activateSite` to tests driving the service worker; pages cannot reach the background's globals.
 */
import browser from 'webextension-polyfill';
import type { BaseBackground } from '../platform/extension/base-handlers.js';
import type { HandlerMap } from '../platform/extension/protocol.js';
import { createWebmailBackground, popupStateFor, type BadgeState } from '../platform/webmail/background.js';
import { activateSite, siteAccessFor, type SiteAccessApi } from '../platform/webmail/site-access.js';
import { BADGE_STYLE } from '../platform/shared/badge-style.js';

const TITLES: Record<Exclude<BadgeState, null>, string> = {
  danger: 'Sender Lens: dangerous message',
  caution: 'Sender Lens: suspicious message',
  ok: 'Sender Lens: checks passed',
  unknown: 'Sender Lens: could not verify',
  failed: 'Sender Lens: could not get the message source',
  unavailable: 'Sender Lens: checks are unavailable on this webmail (no access to the message source)',
};
const badgeOf = (state: Exclude<BadgeState, null>) => ({ ...BADGE_STYLE[state], title: TITLES[state] });

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function setBadge(tabId: number, state: BadgeState): Promise<void> {
  const b = state ? badgeOf(state) : null;
  await browser.action.setBadgeText({ tabId, text: b ? b.text : '' });
  if (b) await browser.action.setBadgeBackgroundColor({ tabId, color: b.color });
  await browser.action.setTitle({ tabId, title: b ? b.title : 'Sender Lens' });
}

async function openReport(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${tabId}`) });
  }
}

export function installWebmailBackground(base: BaseBackground, handlers: HandlerMap): void {
  const webmail = createWebmailBackground({
    analyze: (raw) => base.analyzeState(raw, 'webmail message'),
    lang: () => base.lang(),
    sha256Hex,
    setBadge,
    openReport: (tabId) => openReport(tabId),
  });
  const fallback = handlers['report-for-tab'];
  handlers['report-for-tab'] = async (req, sender) => {
    const state = popupStateFor(webmail.tabState(req.tabId));
    if (state) return { state, lang: await base.lang() };
    return fallback ? fallback(req, sender) : { state: { status: 'none' }, lang: await base.lang() };
  };
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const tabId = typeof sender.tab?.id === 'number' ? sender.tab.id : null;
    return webmail.handle(msg, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId: number) => webmail.forgetTab(tabId));
  const scriptingApi = browser as unknown as SiteAccessApi;
  (globalThis as Record<string, unknown>).senderLensWebmail = Object.freeze({
    tabState: (tabId: number) => webmail.tabState(tabId),
    /** Same path as after the popup's permission prompt (tests pre-seed the host permission instead of clicking). */
    activateSite: async (url: string, tabId: number | null) => {
      const access = siteAccessFor(url);
      return access ? activateSite(scriptingApi, access, tabId) : { ok: false, reason: 'bad url' };
    },
  });
}
