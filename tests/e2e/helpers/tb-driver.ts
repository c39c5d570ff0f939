/**
 * Privileged (chrome-context) scripts that drive Thunderbird's UI over Marionette: select a message in the
 * 3-pane window and time the banner, read the message display action badge, open the popup and read its text
 * (through Marionette's own content actor, since extension pages run in a remote process), and more.
 */
import { execFileSync } from 'node:child_process';
import type { Marionette } from './marionette.js';

export const BANNER_TAG = 'sender-lens-banner';

const PANE = `
  const win = Services.wm.getMostRecentWindow("mail:3pane");
  const about3Pane = win.document.getElementById("tabmail").currentAbout3Pane;
  const aboutMessage = () => about3Pane.messageBrowser.contentDocument;
  const messageDoc = () => aboutMessage()?.getElementById("messagepane")?.contentDocument;
  const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
  const actionButton = () => aboutMessage()?.querySelector('[id$="-messageDisplayAction-toolbarbutton"]');
`;

export interface Selection {
  /** data-sender-lens of the banner host, or null when no banner appeared. */
  verdict: string | null;
  /** ms from selecting the row to the banner host in the message document (null without banner). */
  ms: number | null;
  badge: string | null;
  bannerText: string | null;
}

/** Opens Local Folders/Inbox and waits until it lists `count` messages. */
export async function openInbox(m: Marionette, count: number): Promise<void> {
  await m.exec(
    `${PANE}
    const folder = MailServices.accounts.localFoldersServer.rootFolder.getChildNamed("Inbox");
    for (let k = 0; k < 1000; k++) {
      if (about3Pane.gDBView && about3Pane.gDBView.rowCount >= args[0]) return true;
      try { if (about3Pane.gFolder?.URI !== folder.URI) about3Pane.displayFolder(folder.URI); } catch (e) {}
      await sleep(20);
    }
    throw new Error("inbox did not load");
  `,
    [count],
  );
}

/**
 * Selects the message whose author contains `authorPart`, then waits until the badge is final and either the
 * banner appeared or `settleMs` passed without one.
 */
// The default is for messages expected to carry a banner: the display script asks for the report on its own, so its
// banner can follow the final badge by a while on a loaded machine (seen: > 1.5 s at load average 18 on 2 cores).
// The loop ends as soon as the banner is there; callers expecting no banner pass a shorter settle time.
export async function selectMessage(m: Marionette, authorPart: string, settleMs = 5000): Promise<Selection> {
  return m.exec<Selection>(
    `${PANE}
    const [needle, settleMs, tag] = args;
    const view = about3Pane.gDBView;
    let idx = -1;
    for (let i = 0; i < view.rowCount; i++) if (view.getMsgHdrAt(i).author.includes(needle)) idx = i;
    if (idx < 0) throw new Error("no message from " + needle);
    about3Pane.threadTree.selectedIndex = -1;
    await sleep(50);
    const before = messageDoc();
    const t0 = performance.now();
    about3Pane.threadTree.selectedIndex = idx;
    let ms = null, host = null;
    const deadline = t0 + Math.max(settleMs, 10000);
    while (performance.now() < deadline) {
      const doc = messageDoc();
      // Only the newly loaded message document counts (the previous one may linger for a moment).
      host = doc && doc !== before ? doc.querySelector(tag) : null;
      if (host && ms === null) ms = performance.now() - t0;
      const badge = actionButton()?.getAttribute("badge");
      const badgeFinal = badge && badge !== "…";
      if (host && badgeFinal) break;
      if (!host && badgeFinal && performance.now() - t0 > settleMs) break;
      await sleep(5);
    }
    return {
      verdict: host ? host.getAttribute("data-sender-lens") : null,
      ms,
      badge: actionButton()?.getAttribute("badge") ?? null,
      bannerText: host?.openOrClosedShadowRoot?.querySelector(".banner")?.textContent ?? null,
    };
  `,
    [authorPart, settleMs, BANNER_TAG],
  );
}

// A query to a page actor can race with the page (re)loading; "Actor destroyed" then means "not yet", not failure.
const SAFE_QUERY = `const safeQuery = async (actor, script, a = []) => {
  try { return await actor.executeScript(script, a, {}); }
  catch (e) { if (/destroyed|NS_ERROR_NOT_AVAILABLE|AbortError/.test(String(e))) return undefined; throw e; }
};`;

/**
 * Opens the report and returns its text once rendered. `via: 'toolbar'` clicks the message display action button
 * (the popup panel); `via: 'banner'` clicks the banner's "Full report" button, which asks the background to open the
 * popup (or, where openPopup needs a user action, a report window with the same page). Either way the page is found
 * by its URL in any chrome document of any window and read through Marionette's own content actor.
 */
export async function openPopupText(m: Marionette, via: 'toolbar' | 'banner' = 'toolbar'): Promise<string> {
  return m.exec<string>(
    `${PANE}
    ${SAFE_QUERY}
    const [via, tag] = args;
    win.focus();
    // The pane reflows when the banner is inserted; a click during that reflow was seen to open no panel.
    await sleep(700);
    const isReport = (b) => { try { return /^moz-extension:.*\\/popup\\.html/.test(b.currentURI?.spec ?? ""); } catch (e) { return false; } };
    const findIn = (doc, depth = 0) => {
      if (!doc || depth > 3) return null;
      for (const b of doc.querySelectorAll("browser")) if (isReport(b)) return b;
      for (const b of doc.querySelectorAll("browser, iframe")) {
        let inner = null;
        try { inner = b.contentDocument; } catch (e) {}
        const found = inner ? findIn(inner, depth + 1) : null;
        if (found) return found;
      }
      return null;
    };
    const reportBrowser = () => {
      for (const w of Services.wm.getEnumerator(null)) {
        const found = findIn(w.document);
        if (found) return found;
      }
      return null;
    };
    const press = () => {
      if (via === "banner") {
        messageDoc()?.querySelector(tag)?.openOrClosedShadowRoot?.querySelector("button.primary")?.click();
        return;
      }
      actionButton()?.click();
    };
    let presses = 0;
    // The toolbar button is pressed once: a popup that does not open is a failure, not something to retry.
    // The banner's button asks the background, which may race with the pane settling: pressed again if nothing came.
    const maxPresses = via === "toolbar" ? 1 : 4;
    for (let k = 0; k < 400; k++) {
      if (!reportBrowser() && k % 100 === 0 && presses < maxPresses) { presses++; press(); }
      const wg = reportBrowser()?.browsingContext?.currentWindowGlobal;
      if (wg && wg.documentURI?.spec.startsWith("moz-extension:")) {
        const text = await safeQuery(wg.getActor("MarionetteCommands"),
          "return document.body?.getAttribute('data-ready') ? document.getElementById('report').innerText : null");
        if (text) return text;
      }
      await sleep(30);
    }
    const b = actionButton();
    throw new Error("report did not render (via " + via + "): button=" + (b ? "disabled:" + b.disabled + " badge:" + b.getAttribute("badge") : "none") + " presses=" + presses);
  `,
    [via, BANNER_TAG],
  );
}

export async function closePopup(m: Marionette): Promise<void> {
  await m.exec(`${PANE}
    for (const doc of [win.document, aboutMessage()]) doc?.querySelector('browser[webextension-view-type="popup"]')?.closest("panel")?.hidePopup();
    // A report opened as its own window (the banner's fallback) is closed too.
    for (const w of Services.wm.getEnumerator(null)) {
      if (w !== win && /popup\\.html/.test(w.document.querySelector("browser")?.currentURI?.spec ?? "")) w.close();
    }
    return true;
  `);
}

/** Waits for a standalone message window (opened with -file) and its banner. */
export async function fileWindowBanner(
  m: Marionette,
  timeoutMs = 20_000,
  closeAfter = false,
): Promise<{ verdict: string | null; text: string | null }> {
  return m.exec(
    `
    const [tag, timeoutMs] = args;
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      for (const w of Services.wm.getEnumerator("mail:messageWindow")) {
        const doc = w.document.getElementById("messageBrowser")?.contentDocument?.getElementById("messagepane")?.contentDocument;
        const host = doc?.querySelector(tag);
        if (host) {
          const found = { verdict: host.getAttribute("data-sender-lens"), text: host.openOrClosedShadowRoot?.querySelector(".banner")?.textContent ?? null };
          if (args[2]) w.close();
          return found;
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return { verdict: null, text: null };
  `,
    [BANNER_TAG, timeoutMs, closeAfter],
  );
}

/** Grants the extension a host permission without a prompt (what the user's "Allow" does). */
export async function grantOrigin(m: Marionette, addonId: string, origin: string): Promise<void> {
  await m.exec(
    `
    const [id, origin] = args;
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const { ExtensionPermissions } = ChromeUtils.importESModule("resource://gre/modules/ExtensionPermissions.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    await ExtensionPermissions.add(id, { permissions: [], origins: [origin] }, ext);
    return true;
  `,
    [addonId, origin],
  );
}

/**
 * The same report page the popup shows, opened as a tab for the current mail tab (`popup.html?tabId=N`, the page
 * the background also opens as a window when a popup cannot be opened), and its rendered text.
 */
export async function reportTabText(m: Marionette, addonId: string): Promise<string> {
  return m.exec<string>(
    `${SAFE_QUERY}
    const [id] = args;
    const win = Services.wm.getMostRecentWindow("mail:3pane");
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const tabmail = win.document.getElementById("tabmail");
    const tabId = ExtensionParent.apiManager.global.tabTracker.getId(tabmail.currentTabInfo);
    const tab = tabmail.openTab("contentTab", { url: ext.baseURI.resolve("popup.html?tabId=" + tabId) });
    const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
    try {
      for (let k = 0; k < 400; k++) {
        const wg = tab.browser?.browsingContext?.currentWindowGlobal;
        if (wg && wg.documentURI?.spec.includes("popup.html")) {
          const text = await safeQuery(wg.getActor("MarionetteCommands"), "return document.body?.getAttribute('data-ready') ? document.getElementById('report').innerText : null");
          if (text) return text;
        }
        await sleep(30);
      }
      throw new Error("report tab did not render (tabId " + tabId + ")");
    } finally {
      tabmail.closeTab(tab);
    }
  `,
    [addonId],
  );
}

/** Opens the options page in a tab, fills the DoH resolver list, saves, and returns the status line. */
export async function saveDohSetting(m: Marionette, addonId: string, dohUrl: string): Promise<string> {
  return m.exec<string>(
    `
    const [id, url] = args;
    const win = Services.wm.getMostRecentWindow("mail:3pane");
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const tabmail = win.document.getElementById("tabmail");
    const tab = tabmail.openTab("contentTab", { url: ext.baseURI.resolve("options.html") });
    const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
    ${SAFE_QUERY}
    try {
      for (let k = 0; k < 300; k++) {
        const wg = tab.browser?.browsingContext?.currentWindowGlobal;
        if (wg && wg.documentURI?.spec.endsWith("options.html")) {
          const actor = wg.getActor("MarionetteCommands");
          const ready = await safeQuery(actor, "return document.body?.getAttribute('data-ready')");
          if (ready) {
            await actor.executeScript(
              "const f = document.querySelector('form'); f.querySelector('[name=dohUrls]').value = arguments[0]; f.querySelector('[name=offline]').checked = false; f.requestSubmit(); return true;",
              [url], {});
            for (let j = 0; j < 200; j++) {
              const status = await safeQuery(actor, "return document.querySelector('.status').textContent");
              if (status) return status;
              await sleep(25);
            }
            throw new Error("options page did not save");
          }
        }
        await sleep(30);
      }
      throw new Error("options page did not load");
    } finally {
      tabmail.closeTab(tab);
    }
  `,
    [addonId, dohUrl],
  );
}

/** Screenshot of the whole X display (works under Xvfb). */
export function screenshot(display: string, xauthority: string, file: string): void {
  // Let the compositor paint what the DOM already shows (the banner is asserted before the shot).
  execFileSync('sleep', ['0.4']);
  execFileSync('import', ['-window', 'root', file], { env: { ...process.env, DISPLAY: display, XAUTHORITY: xauthority }, timeout: 15_000 });
}
