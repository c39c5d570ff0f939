/**
 * Runtime grant of one webmail site: the user clicks "Check mail on this site" in the popup (a user gesture),
 * we request the host permission for that origin (`optional_host_permissions`), then register the webmail content
 * script for the site's sub-path with `scripting.registerContentScripts()` and inject it into the open tab.
 * The browser API is injected (chrome.* / browser.* in production, fakes in tests).
 */

import { SITES } from './sites.js';

export const WEBMAIL_CONTENT_SCRIPT = 'webmail-content.js';
const SCRIPT_ID_PREFIX = 'sl-webmail-';

export interface SiteAccess {
  /** Host permission pattern (hosts only: Firefox match patterns carry no port, Chrome's ignore it when absent). */
  origin: string;
  /** Content-script match pattern: the site's sub-path. */
  match: string;
  /** registerContentScripts id (unique per pattern). */
  scriptId: string;
}

export interface SiteAccessApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions?: boolean;
}

/**
 * What to grant for the page at `url`: http(s) only. The sub-path is the directory of the page
 * (`/webmail/?_task=mail` -> `/webmail/*`); a site with a fixed host gets its adapter's path (Gmail: `/mail/*`).
 */
export function siteAccessFor(url: string): SiteAccess | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname || u.username || u.password) return null;
  // Match patterns cannot express every path character; keep the directory when it is plain, else the whole host.
  const dir = u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1);
  const fixed = SITES.find(
    (site) => site.access.kind === 'runtime' && 'host' in site.access && site.access.host === u.hostname.toLowerCase(),
  );
  const path = fixed && 'path' in fixed.access ? fixed.access.path : /^[A-Za-z0-9._~\-/]{1,200}$/.test(dir) ? dir : '/';
  const origin = `${u.protocol}//${u.hostname}/*`;
  const id = `${SCRIPT_ID_PREFIX}${u.protocol.slice(0, -1)}-${u.hostname}${path}`.replace(/[^A-Za-z0-9.-]/g, '_');
  return { origin, match: `${u.protocol}//${u.hostname}${path}*`, scriptId: id };
}

export type GrantResult = { ok: true; access: SiteAccess } | { ok: false; reason: string };

/**
 * Call directly from the click handler: `permissions.request` must run inside the user gesture (Firefox rejects it
 * after any await), so it is the first thing done here.
 */
export function requestSiteAccess(api: SiteAccessApi, url: string, tabId: number | null): Promise<GrantResult> {
  const access = siteAccessFor(url);
  if (!access) return Promise.resolve({ ok: false, reason: 'not a web page Sender Lens can check' });
  let granted: Promise<boolean>;
  try {
    granted = api.permissions.request({ origins: [access.origin] });
  } catch (err) {
    return Promise.resolve({ ok: false, reason: err instanceof Error ? err.message : String(err) });
  }
  return granted.then(
    async (ok) => {
      if (!ok) return { ok: false, reason: 'permission not granted' } as const;
      return activateSite(api, access, tabId);
    },
    (err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }) as const,
  );
}

/** Registers the content script for a granted site (idempotent) and injects it into the tab, if given. */
export async function activateSite(api: SiteAccessApi, access: SiteAccess, tabId: number | null): Promise<GrantResult> {
  try {
    const existing = await api.scripting.getRegisteredContentScripts({ ids: [access.scriptId] });
    if (existing.length === 0) {
      await api.scripting.registerContentScripts([
        {
          id: access.scriptId,
          matches: [access.match],
          js: [WEBMAIL_CONTENT_SCRIPT],
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
    if (tabId !== null) await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [WEBMAIL_CONTENT_SCRIPT] });
    return { ok: true, access };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

export async function isSiteActive(api: SiteAccessApi, url: string): Promise<boolean> {
  const access = siteAccessFor(url);
  if (!access) return false;
  try {
    if (!(await api.permissions.contains({ origins: [access.origin] }))) return false;
    return (await api.scripting.getRegisteredContentScripts({ ids: [access.scriptId] })).length > 0;
  } catch {
    return false;
  }
}

/** Unregisters the site's script and drops the host permission. */
export async function revokeSiteAccess(api: SiteAccessApi, url: string): Promise<boolean> {
  const access = siteAccessFor(url);
  if (!access) return false;
  try {
    await api.scripting.unregisterContentScripts({ ids: [access.scriptId] });
  } catch {
    // not registered: nothing to undo
  }
  try {
    return await api.permissions.remove({ origins: [access.origin] });
  } catch {
    return false;
  }
}
