/**
 * Debian's Firefox ESR driven over Marionette like Thunderbird (helpers/thunderbird.ts launches it): a fresh
 * profile, the extension build installed as a temporary add-on (Marionette `Addon:Install`), pages driven with
 * WebDriver commands in the content context (real, trusted clicks: a click is a user gesture for
 * permissions.request), and Firefox's own permission prompt answered in the chrome context.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Marionette } from './marionette.js';

export const FIREFOX_BIN = '/usr/lib/firefox-esr/firefox-esr';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface FirefoxProfileOptions {
  /** Loopback proxy that refuses (and records) every outside request. */
  proxyPort: number;
  /** A test CA to trust (PEM), e.g. the local DoH server's. */
  caPem?: string;
}

export function writeFirefoxProfile(dir: string, opts: FirefoxProfileOptions): void {
  mkdirSync(dir, { recursive: true });
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': 0,
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'trailhead.firstrun.didSeeAboutWelcome': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'toolkit.telemetry.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.discovery.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.region.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'network.trr.mode': 5,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': opts.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': opts.proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'intl.locale.requested': 'en-US',
  };
  writeFileSync(
    join(dir, 'user.js'),
    `${Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n')}\n`,
  );
  if (opts.caPem) {
    const caFile = join(dir, 'test-ca.pem');
    writeFileSync(caFile, opts.caPem);
    execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
    execFileSync('certutil', ['-d', `sql:${dir}`, '-A', '-t', 'C,,', '-n', 'sender-lens-e2e-ca', '-i', caFile]);
  }
}

/** Installs an unpacked build as a temporary add-on; returns its id and moz-extension base URL. */
export async function installTemporaryAddon(m: Marionette, dir: string): Promise<{ id: string; baseUrl: string }> {
  const res = await m.send<{ value: string }>('Addon:Install', { path: dir, temporary: true });
  const id = res.value;
  const baseUrl = await m.exec<string>(
    `
    for (let k = 0; k < 200; k++) {
      const p = WebExtensionPolicy.getByID(args[0]);
      if (p) return p.getURL("");
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("no extension policy for " + args[0]);
  `,
    [id],
  );
  return { id, baseUrl };
}

/** WebDriver commands in the content context of the current tab. */
export class FirefoxPage {
  constructor(private readonly m: Marionette) {}

  async content(): Promise<void> {
    await this.m.send('Marionette:SetContext', { value: 'content' });
  }

  async chrome(): Promise<void> {
    await this.m.send('Marionette:SetContext', { value: 'chrome' });
  }

  /** Opens a new tab, switches to it and returns its handle. */
  async newTab(): Promise<string> {
    const r = await this.m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.m.send('WebDriver:SwitchToWindow', { handle: r.handle, focus: true });
    return r.handle;
  }

  async switchTo(handle: string): Promise<void> {
    await this.m.send('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  async goto(url: string): Promise<void> {
    await this.content();
    await this.m.send('WebDriver:Navigate', { url });
  }

  async find(css: string, timeoutMs = 20_000): Promise<string> {
    await this.content();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const r = await this.m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: css });
        return r.value[ELEMENT]!;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`no element ${css}: ${String(e)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async click(css: string): Promise<void> {
    const id = await this.find(css);
    await this.m.send('WebDriver:ElementClick', { id });
  }

  async type(css: string, text: string): Promise<void> {
    const id = await this.find(css);
    await this.m.send('WebDriver:ElementClear', { id });
    await this.m.send('WebDriver:ElementSendKeys', { id, text });
  }

  /** Runs a function body in the page (content context); `arguments` are `args`. */
  async eval<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.content();
    const r = await this.m.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return r.value;
  }

  /** Polls `script` in the page until it returns something truthy. */
  async waitFor<T>(script: string, args: unknown[] = [], timeoutMs = 20_000, what = script): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.eval<T>(script, args).catch(() => null);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The tabs-API id of the current tab (what `popup.html?tabId=` names). */
  async currentTabId(): Promise<number> {
    await this.chrome();
    return this.m.exec<number>(`
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
      return ExtensionParent.apiManager.global.tabTracker.getId(win.gBrowser.selectedTab);
    `);
  }

  /**
   * Waits for Firefox's add-on permission prompt (the doorhanger permissions.request opens) and presses its
   * "Allow" button, as the user would. Returns the prompt's text.
   */
  async allowPermissionPrompt(timeoutMs = 15_000): Promise<string> {
    await this.chrome();
    return this.m.exec<string>(
      `
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const t0 = Date.now();
      while (Date.now() - t0 < args[0]) {
        const n = win.document.getElementById("addon-webext-permissions-notification");
        if (n && !n.hidden && win.PopupNotifications.panel.state === "open") {
          const text = n.textContent.replace(/\\s+/g, " ").trim();
          n.button.click();
          return text;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("no add-on permission prompt appeared");
    `,
      [timeoutMs],
      timeoutMs + 5000,
    );
  }

  /**
   * Clicks the extension's toolbar action as a user would (a synthesized, trusted mouse click): from the navbar if
   * it is pinned there, else from the Extensions (puzzle) panel. Opens its popup and grants activeTab.
   */
  async clickAction(addonId: string): Promise<void> {
    await this.chrome();
    await this.m.exec(
      `
      ${CHROME_CLICK}
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const CustomizableUI = win.CustomizableUI;
      const widgetId = args[0].toLowerCase().replace(/[^a-z0-9_-]/g, "_") + "-browser-action";
      const area = CustomizableUI.getPlacementOfWidget(widgetId)?.area ?? null;
      if (area === null || area === CustomizableUI.AREA_ADDONS) {
        await click(win, win.document.getElementById("unified-extensions-button"));
        const panel = win.document.getElementById("unified-extensions-panel");
        for (let k = 0; k < 200 && panel?.state !== "open"; k++) await sleep(25);
      }
      const node = CustomizableUI.getWidget(widgetId)?.forWindow(win)?.node;
      if (!node) throw new Error("no toolbar widget " + widgetId + " (area " + area + ")");
      await click(win, node.querySelector(".unified-extensions-item-action-button") ?? node);
      return true;
    `,
      [addonId],
    );
  }

  /** The popup panel's browser (extension popup.html), found in the browser window; null until it is shown. */
  private static readonly POPUP = `
    const popupBrowser = (win) => {
      for (const b of win.document.querySelectorAll("browser")) {
        try { if (/^moz-extension:.*\\/popup\\.html/.test(b.currentURI?.spec ?? "") && b.closest("panel")?.state === "open") return b; } catch (e) {}
      }
      return null;
    };
  `;

  /** Waits until the popup rendered (a null document.body is "not loaded yet") and `selector` exists in it. */
  async waitInPopup(selector: string, timeoutMs = 20_000): Promise<void> {
    await this.chrome();
    await this.m.exec(
      `
      ${FirefoxPage.POPUP}
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const t0 = Date.now();
      while (Date.now() - t0 < args[1]) {
        const wg = popupBrowser(win)?.browsingContext?.currentWindowGlobal;
        if (wg) {
          try {
            if (await wg.getActor("MarionetteCommands").executeScript("return !!document.body?.getAttribute('data-ready') && !!document.querySelector(arguments[0])", [args[0]], {})) return true;
          } catch (e) { if (!/destroyed|NS_ERROR_NOT_AVAILABLE|AbortError/.test(String(e))) throw e; }
        }
        await sleep(50);
      }
      throw new Error("popup did not show " + args[0]);
    `.replace('const t0', `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n      const t0`),
      [selector, timeoutMs],
      timeoutMs + 5000,
    );
  }

  /** Closes the action popup if it is open (as Escape would). */
  async closePopup(): Promise<void> {
    await this.chrome();
    await this.m.exec(`
      ${FirefoxPage.POPUP}
      const b = popupBrowser(Services.wm.getMostRecentWindow("navigator:browser"));
      b?.closest("panel")?.hidePopup();
      for (const p of Services.wm.getMostRecentWindow("navigator:browser").document.querySelectorAll("panel")) if (p.state === "open") p.hidePopup();
      return true;
    `);
  }

  /** Runs a function body in the popup page (untrusted script: reading only). */
  async popupEval<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.chrome();
    return this.m.exec<T>(
      `
      ${FirefoxPage.POPUP}
      const b = popupBrowser(Services.wm.getMostRecentWindow("navigator:browser"));
      if (!b) throw new Error("no popup open");
      return b.browsingContext.currentWindowGlobal.getActor("MarionetteCommands").executeScript(args[0], args[1], {});
    `,
      [script, args],
    );
  }

  /** Clicks `selector` in the popup with a synthesized, trusted mouse click at its centre (a user gesture). */
  async clickInPopup(selector: string): Promise<void> {
    await this.chrome();
    await this.m.exec(
      `
      ${FirefoxPage.POPUP}
      ${CHROME_CLICK}
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const b = popupBrowser(win);
      if (!b) throw new Error("no popup open");
      const r = await b.browsingContext.currentWindowGlobal.getActor("MarionetteCommands").executeScript(
        "const r = document.querySelector(arguments[0])?.getBoundingClientRect(); return r ? [r.left, r.top, r.width, r.height] : null;", [args[0]], {});
      if (!r) throw new Error("no " + args[0] + " in the popup");
      const br = b.getBoundingClientRect();
      await clickAt(win, br.left + r[0] + r[2] / 2, br.top + r[1] + r[3] / 2);
      return true;
    `,
      [selector],
    );
  }
}

/**
 * Chrome-context helper: a synthesized, trusted mouse click at a point of the chrome window (Marionette's own
 * EventUtils, as WebDriver actions use it), and at the centre of a chrome element.
 */
const CHROME_CLICK = `
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const eventUtils = (win) => {
    const o = { window: win, parent: win, _EU_Ci: Ci, _EU_Cc: Cc };
    Services.scriptloader.loadSubScript("chrome://remote/content/external/EventUtils.js", o);
    return o;
  };
  const clickAt = async (win, x, y) => {
    eventUtils(win).synthesizeMouseAtPoint(x, y, {}, win);
    await sleep(50);
  };
  const click = async (win, el) => {
    if (!el) throw new Error("nothing to click");
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) throw new Error("element not visible: " + (el.id || el.className));
    await clickAt(win, r.left + r.width / 2, r.top + r.height / 2);
  };
`;
