/** Thunderbird's add-on options page opened in a tab and read or driven through Marionette's content actor. */
import type { Marionette } from './marionette.js';

export interface OptionsControl {
  name: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  /** data-managed: 'locked', 'default' or null. */
  managed: string | null;
}

export interface OptionsPageState {
  controls: OptionsControl[];
  /** data-managed-note -> text of the note beside that setting. */
  notes: Record<string, string>;
  intro: string | null;
  problems: string | null;
}

const READ = `
  const controls = [...document.querySelectorAll('[name]')].map((c) => ({ name: c.getAttribute('name'), value: c.value ?? '', checked: !!c.checked, disabled: !!c.disabled, managed: c.getAttribute('data-managed') }));
  const notes = {};
  for (const n of document.querySelectorAll('[data-managed-note]')) notes[n.getAttribute('data-managed-note')] = n.textContent;
  return { controls, notes, intro: document.querySelector('.managed-intro')?.textContent ?? null, problems: document.querySelector('.managed-problems')?.textContent ?? null };
`;

/**
 * Opens options.html in a tab, waits until it rendered (a null document.body is "not loaded yet"), runs `script`
 * in the page (as a function body: `arguments[0]` is `arg`; return the result), then closes the tab.
 */
export async function inOptionsTab<T>(
  m: Marionette,
  addonId: string,
  script: string,
  arg: unknown = null,
  poll: string | null = null,
): Promise<T> {
  return m.exec<T>(
    `
    const [id, script, arg, poll] = args;
    const win = Services.wm.getMostRecentWindow("mail:3pane");
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const tabmail = win.document.getElementById("tabmail");
    const tab = tabmail.openTab("contentTab", { url: ext.baseURI.resolve("options.html") });
    const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
    const safe = async (actor, s, a = []) => {
      try { return await actor.executeScript(s, a, {}); }
      catch (e) { if (/destroyed|NS_ERROR_NOT_AVAILABLE|AbortError/.test(String(e))) return undefined; throw e; }
    };
    try {
      for (let k = 0; k < 300; k++) {
        const wg = tab.browser?.browsingContext?.currentWindowGlobal;
        if (wg && wg.documentURI?.spec.endsWith("options.html")) {
          const actor = wg.getActor("MarionetteCommands");
          if (!(await safe(actor, "return document.body?.getAttribute('data-ready')"))) { await sleep(30); continue; }
          const first = await actor.executeScript(script, [arg], {});
          if (!poll) return first;
          // Then wait for what \`poll\` returns (e.g. the status line after an asynchronous save).
          for (let j = 0; j < 200; j++) {
            const got = await safe(actor, poll);
            if (got) return got;
            await sleep(25);
          }
          throw new Error("options page: no result from " + poll);
        }
        await sleep(30);
      }
      throw new Error("options page did not load");
    } finally {
      tabmail.closeTab(tab);
    }
  `,
    [addonId, script, arg, poll],
  );
}

export function readOptionsPage(m: Marionette, addonId: string): Promise<OptionsPageState> {
  return inOptionsTab<OptionsPageState>(m, addonId, READ);
}

/**
 * Sets form values (name -> value or checked) even on disabled controls, as a user who edited the page's DOM
 * could, submits, and returns the status line: what the background stores must still honour locked settings.
 */
export function forceSubmitOptions(m: Marionette, addonId: string, values: Record<string, string | boolean>): Promise<string> {
  return inOptionsTab<string>(
    m,
    addonId,
    `
    const values = arguments[0];
    const f = document.querySelector('form');
    for (const [name, v] of Object.entries(values)) {
      const c = [...f.querySelectorAll('[name]')].find((e) => e.getAttribute('name') === name);
      if (typeof v === 'boolean') c.checked = v; else c.value = v;
    }
    f.requestSubmit();
    return true;
  `,
    values,
    "return document.querySelector('.status')?.textContent",
  );
}
