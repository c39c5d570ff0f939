/**
 * Marionette (chrome context) helpers for the banner in real Thunderbird (issue #15): set the message pane to a
 * width, measure the banner with the same layout probe the Chromium test uses (banner-layout.ts, sent as source),
 * click its buttons, save options fields, and read a compose window through the extension's own compose API.
 */
import { bannerLayout, type BannerLayout } from './banner-layout.js';
import type { Marionette } from './marionette.js';

const PANE = `
  const win = Services.wm.getMostRecentWindow("mail:3pane");
  const about3Pane = win.document.getElementById("tabmail").currentAbout3Pane;
  const aboutMessage = () => about3Pane.messageBrowser.contentDocument;
  const messageDoc = () => aboutMessage()?.getElementById("messagepane")?.contentDocument;
  const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
  const shadow = () => messageDoc()?.querySelector("sender-lens-banner")?.openOrClosedShadowRoot ?? null;
`;

/** Sets the message pane to `width` CSS px (classic layout, folder pane splitter); returns the measured width. */
export async function setMessagePaneWidth(m: Marionette, width: number): Promise<number> {
  return m.exec<number>(
    `${PANE}
    const [target] = args;
    const d = about3Pane.document;
    // Classic layout (threads above the message): the message pane is as wide as the window minus the folder pane,
    // so the folder pane's splitter sets it (1280 px screen: up to ~1130 px).
    Services.prefs.setIntPref("mail.pane_config.dynamic", 0);
    await sleep(300);
    const splitter = d.getElementById("folderPaneSplitter");
    // The pane: the browser that shows the message (inside about:message), else the whole message browser.
    const measure = () => Math.round((aboutMessage()?.getElementById("messagepane") ?? about3Pane.messageBrowser).getBoundingClientRect().width);
    await sleep(50);
    // The splitter sizes the folder pane; the message pane gets the rest: move it by the measured difference.
    const folderPane = d.getElementById("folderPane");
    for (let k = 0; k < 6; k++) {
      const cur = measure();
      if (Math.abs(cur - target) <= 2) break;
      splitter.width = Math.max(100, Math.round(folderPane.getBoundingClientRect().width + (cur - target)));
      await sleep(150);
    }
    const final = measure();
    if (Math.abs(final - target) > 2) {
      const cs = (id) => { const e = d.getElementById(id); const c = e && about3Pane.getComputedStyle(e); return e ? { w: Math.round(e.getBoundingClientRect().width), min: c.minWidth, max: c.maxWidth } : null; };
      throw new Error("pane sizing: " + JSON.stringify({ target, final, win: win.outerWidth, splitterWidth: splitter.width, threadPane: cs("threadPane"), messagePane: cs("messagePane"), folderPane: cs("folderPane"), paneLayout: cs("paneLayout") }));
    }
    return final;
  `,
    [width],
  );
}

/** The banner's layout facts in the displayed message (waits up to 10 s for the banner). */
export async function tbBannerLayout(m: Marionette): Promise<BannerLayout> {
  return m.exec<BannerLayout>(`${PANE}
    const __name = (f) => f;
    const probe = ${bannerLayout.toString()};
    for (let k = 0; k < 200; k++) {
      const s = shadow();
      if (s?.querySelector(".banner")) {
        await sleep(100);
        return probe(shadow());
      }
      await sleep(50);
    }
    throw new Error("no banner in the message pane");
  `);
}

/** Clicks a button of the banner (".report", ".open", ".hide"). */
export async function clickBannerButton(m: Marionette, cls: string): Promise<void> {
  await m.exec(
    `${PANE}
    const b = shadow()?.querySelector("button." + args[0]);
    if (!b) throw new Error("no banner button " + args[0]);
    b.click();
    return true;
  `,
    [cls],
  );
}

/** The message display action button: its label, tooltip and width. */
export async function actionButtonFacts(
  m: Marionette,
): Promise<{ label: string | null; tooltip: string | null; width: number; badge: string | null }> {
  return m.exec(`${PANE}
    const b = aboutMessage()?.querySelector('[id$="-messageDisplayAction-toolbarbutton"]');
    if (!b) throw new Error("no message display action button");
    return { label: b.getAttribute("label"), tooltip: b.getAttribute("tooltiptext"), width: Math.round(b.getBoundingClientRect().width), badge: b.getAttribute("badge") };
  `);
}

const SAFE_QUERY = `const safeQuery = async (actor, script, a = []) => {
  try { return await actor.executeScript(script, a, {}); }
  catch (e) { if (/destroyed|NS_ERROR_NOT_AVAILABLE|AbortError/.test(String(e))) return undefined; throw e; }
};`;

/**
 * Runs `script` (an async function body; `messenger` available) in an extension page opened as a tab (options.html),
 * through Marionette's content actor, and returns its result. `before` runs first and may fill the form.
 */
export async function inExtensionPage<T>(m: Marionette, addonId: string, script: string, args: unknown[] = []): Promise<T> {
  return m.exec<T>(
    `${SAFE_QUERY}
    const [id, script, scriptArgs] = args;
    const win = Services.wm.getMostRecentWindow("mail:3pane");
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const tabmail = win.document.getElementById("tabmail");
    const tab = tabmail.openTab("contentTab", { url: ext.baseURI.resolve("options.html") });
    const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
    try {
      for (let k = 0; k < 300; k++) {
        const wg = tab.browser?.browsingContext?.currentWindowGlobal;
        if (wg && wg.documentURI?.spec.endsWith("options.html")) {
          const actor = wg.getActor("MarionetteCommands");
          // A page that is still loading has no body yet: that is "not ready", not a failure.
          const ready = await safeQuery(actor, "return document.body?.getAttribute('data-ready') ?? null");
          if (ready) return await actor.executeScript("return (async (...a) => {" + script + "})(...arguments);", scriptArgs, {});
        }
        await sleep(30);
      }
      throw new Error("options page did not load");
    } finally {
      tabmail.closeTab(tab);
    }
  `,
    [addonId, script, args],
    60_000,
  );
}

/** Fills the options form's named fields (text values), submits, and returns the status line. */
export async function saveOptions(m: Marionette, addonId: string, fields: Record<string, string>): Promise<string> {
  return inExtensionPage<string>(
    m,
    addonId,
    `
    const [fields] = a;
    const f = document.querySelector('form');
    for (const [name, value] of Object.entries(fields)) f.querySelector('[name=' + name + ']').value = value;
    f.requestSubmit();
    for (let j = 0; j < 200; j++) {
      const status = document.querySelector('.status').textContent;
      if (status) return status;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('options page did not save');
  `,
    [fields],
  );
}

export interface ComposeFacts {
  tabId: number;
  to: string[];
  subject: string;
  isPlainText: boolean;
  plainTextBody: string;
  attachments: { name: string; size: number; type: string }[];
}

/** The open compose window(s) as the compose API sees them (getComposeDetails + listAttachments). */
export async function composeFacts(m: Marionette, addonId: string): Promise<ComposeFacts[]> {
  return inExtensionPage<ComposeFacts[]>(
    m,
    addonId,
    `
    const out = [];
    for (let k = 0; k < 100 && !out.length; k++) {
      const tabs = await messenger.tabs.query({ type: 'messageCompose' });
      for (const t of tabs) {
        const d = await messenger.compose.getComposeDetails(t.id);
        const atts = await messenger.compose.listAttachments(t.id);
        const attachments = [];
        for (const att of atts) {
          const file = await messenger.compose.getAttachmentFile(att.id).catch(() => null);
          attachments.push({ name: att.name, size: att.size, type: file ? file.type : '' });
        }
        out.push({ tabId: t.id, to: d.to, subject: d.subject, isPlainText: d.isPlainText, plainTextBody: d.plainTextBody ?? '', attachments });
      }
      if (!out.length) await new Promise((r) => setTimeout(r, 100));
    }
    return out;
  `,
  );
}

/** Closes every compose window without saving or sending. */
export async function closeComposeWindows(m: Marionette): Promise<number> {
  return m.exec<number>(`
    let n = 0;
    for (const w of Services.wm.getEnumerator("msgcompose")) {
      try { w.gContentChanged = false; w.gMsgCompose.bodyModified = false; } catch (e) {}
      w.close();
      n++;
    }
    return n;
  `);
}

/**
 * Opens the report page (popup.html?tabId=<mail tab>, what the popup panel shows) as a tab, runs `script` in it once
 * it has rendered (an async function body; returns its result), and leaves the tab open for a screenshot.
 */
export async function inReportTab<T>(m: Marionette, addonId: string, script: string): Promise<T> {
  return m.exec<T>(
    `${SAFE_QUERY}
    const [id, script] = args;
    const win = Services.wm.getMostRecentWindow("mail:3pane");
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const tabmail = win.document.getElementById("tabmail");
    const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
    let tab = tabmail.tabInfo.find((t) => t.browser?.currentURI?.spec?.includes("popup.html?tabId="));
    if (!tab) {
      const mailTab = tabmail.tabInfo.find((t) => t.mode?.name === "mail3PaneTab") ?? tabmail.currentTabInfo;
      const tabId = ExtensionParent.apiManager.global.tabTracker.getId(mailTab);
      tab = tabmail.openTab("contentTab", { url: ext.baseURI.resolve("popup.html?tabId=" + tabId) });
    }
    for (let k = 0; k < 400; k++) {
      const wg = tab.browser?.browsingContext?.currentWindowGlobal;
      if (wg && wg.documentURI?.spec.includes("popup.html")) {
        const actor = wg.getActor("MarionetteCommands");
        const ready = await safeQuery(actor, "return document.body?.getAttribute('data-ready') ?? null");
        if (ready) return await actor.executeScript("return (async () => {" + script + "})();", [], {});
      }
      await sleep(30);
    }
    throw new Error("report tab did not render");
  `,
    [addonId, script],
    60_000,
  );
}

/** Closes the report tab(s) opened by inReportTab. */
export async function closeReportTabs(m: Marionette): Promise<void> {
  await m.exec(`
    const tabmail = Services.wm.getMostRecentWindow("mail:3pane").document.getElementById("tabmail");
    for (const t of [...tabmail.tabInfo]) if (t.browser?.currentURI?.spec?.includes("popup.html?tabId=")) tabmail.closeTab(t);
    return true;
  `);
}
