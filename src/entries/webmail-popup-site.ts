/**
 * The popup's webmail section (imported by shared-popup.ts): on a page Sender Lens is not active on, a
 * "Check webmail on this site" button that asks the host permission inside the click (the production grant path),
 * registers the content script and injects it; on an active site, a note and a "Stop" button; on Outlook on the
 * web / Active! mail, the notice that checks are unavailable there (and the matching toolbar badge).
 */
import browser from 'webextension-polyfill';
import type { Lang } from '../core/i18n/index.js';
import { isSiteActive, requestSiteAccess, revokeSiteAccess, siteAccessFor, type SiteAccessApi } from '../platform/webmail/site-access.js';
import { checksUnavailable, unavailableAdvice, webmailKindOfUrl } from '../platform/webmail/site-kind.js';
import { el } from '../ui/shared/dom.js';

const TEXT = {
  grant: { en: 'Check webmail on this site (Roundcube, Gmail)', ja: 'このサイトのWebメールを確認する（Roundcube、Gmail）' },
  active: { en: 'Sender Lens checks messages opened on this site.', ja: 'このサイトで開いたメールを Sender Lens が確認します。' },
  stop: { en: 'Stop checking this site', ja: 'このサイトの確認をやめる' },
  granted: { en: 'Done: open a message to check it.', ja: '設定しました。メールを開くと確認します。' },
  denied: { en: 'Not enabled: {reason}', ja: '有効にできませんでした: {reason}' },
} as const satisfies Record<string, Record<Lang, string>>;

const api = browser as unknown as SiteAccessApi;

async function activeTab(): Promise<{ id: number; url: string } | null> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  const tab =
    fromUrl && /^\d+$/.test(fromUrl)
      ? await browser.tabs.get(Number(fromUrl)).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab && typeof tab.id === 'number' && typeof tab.url === 'string' ? { id: tab.id, url: tab.url } : null;
}

/** Appends the section to `root`; nothing when the tab is not a web page. */
export async function mountWebmailSiteSection(root: HTMLElement, lang: Lang): Promise<void> {
  const doc = root.ownerDocument;
  const tab = await activeTab();
  if (!tab) return;
  const kind = webmailKindOfUrl(tab.url);
  const section = el(doc, 'section', { className: 'webmail-site', attrs: { 'data-webmail': kind } });
  if (checksUnavailable(kind)) {
    section.append(el(doc, 'p', { attrs: { 'data-webmail-state': 'unavailable' } }, unavailableAdvice(kind)?.[lang] ?? ''));
    root.append(section);
    await browser.action.setBadgeText({ tabId: tab.id, text: 'n/a' }).catch(() => undefined);
    return;
  }
  if (!siteAccessFor(tab.url)) return;
  const status = el(doc, 'p', { attrs: { 'data-webmail-state': 'idle' } });
  if (await isSiteActive(api, tab.url)) {
    status.textContent = TEXT.active[lang];
    const stop = el(doc, 'button', { attrs: { type: 'button' } }, TEXT.stop[lang]);
    stop.addEventListener('click', () => {
      void revokeSiteAccess(api, tab.url).then(() => section.remove());
    });
    section.append(status, stop);
  } else {
    const grant = el(doc, 'button', { className: 'primary', attrs: { type: 'button' } }, TEXT.grant[lang]);
    // No await before requestSiteAccess: permissions.request must run inside the click (user gesture).
    grant.addEventListener('click', () => {
      void requestSiteAccess(api, tab.url, tab.id).then((r) => {
        status.textContent = r.ok ? TEXT.granted[lang] : TEXT.denied[lang].replace('{reason}', r.reason);
        status.setAttribute('data-webmail-state', r.ok ? 'granted' : 'denied');
        if (r.ok) grant.remove();
      });
    });
    section.append(grant, status);
  }
  root.append(section);
}
