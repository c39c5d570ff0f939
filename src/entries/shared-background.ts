/**
 * Composition root of the browser (Chrome/Firefox) background: shared handlers (settings, pasted-source
 * analysis). Webmail platforms add their tab handlers (report-for-tab, report-for-sender-tab, open-report) here.
 */
import { analyzeMessage } from '../core/analyze.js';
import type { CryptoLike } from '../core/deps.js';
import { createDepsFactory } from '../platform/extension/analyze-deps.js';
import { createBaseBackground } from '../platform/extension/base-handlers.js';
import { createFetchDohTransport } from '../platform/extension/doh-fetch.js';
import { createFetchRdapFetch } from '../platform/extension/rdap-fetch.js';
import { createPostJson } from '../platform/shared/post-json.js';
import { createBrowserQrDecoder } from '../platform/extension/qr-raster.js';
import { dispatch, isRequest, type HandlerMap } from '../platform/extension/protocol.js';
import type { KeyValueStore } from '../platform/extension/settings.js';
import type { ManagedStore } from '../platform/extension/effective-settings.js';
import { installWebmailBackground } from './webmail-background.js';

interface BrowserApi {
  runtime: {
    onMessage: { addListener(cb: (msg: unknown, sender: { tab?: { id?: number } }, sendResponse: (r: unknown) => void) => boolean): void };
  };
  storage: {
    local: KeyValueStore;
    managed?: ManagedStore;
    onChanged?: { addListener(cb: (changes: Record<string, unknown>, area: string) => void): void };
  };
  i18n: { getUILanguage(): string };
}
const g = globalThis as unknown as { browser?: BrowserApi; chrome?: BrowserApi };
const api = (g.browser ?? g.chrome) as BrowserApi;

const depsFor = createDepsFactory({
  transport: createFetchDohTransport(fetch.bind(globalThis)),
  rdapFetch: createFetchRdapFetch(fetch.bind(globalThis)),
  postJson: createPostJson(fetch.bind(globalThis)),
  now: () => Date.now(),
  crypto: crypto as unknown as CryptoLike,
  findQrCodes: createBrowserQrDecoder(() => Date.now()),
});
const base = createBaseBackground({
  storage: api.storage.local,
  managed: api.storage.managed,
  analyze: (raw, settings) => analyzeMessage(raw, depsFor(settings)),
  uiLanguage: () => api.i18n.getUILanguage(),
  logError: (m, e) => console.error(m, e),
});
const handlers: HandlerMap = { ...base.handlers };
installWebmailBackground(base, handlers);

// sendResponse + `return true` works in Chrome and Firefox alike (Chrome did not accept returned promises).
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isRequest(msg)) return false;
  void dispatch(handlers, msg, { tabId: typeof sender.tab?.id === 'number' ? sender.tab.id : null }).then(sendResponse);
  return true;
});
// An organisation's policy can change while the browser runs (Chrome fires storage.onChanged for 'managed').
api.storage.onChanged?.addListener((_changes, area) => {
  if (area === 'managed') base.reload();
});
