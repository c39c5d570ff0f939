/**
 * Thunderbird background logic: analyze every displayed message once (cached per message id, never blocking
 * display), set the per-tab badge, and answer the display script, popup and options page through one handler map.
 */
import type { Report } from '../../core/model/report.js';
import { createBaseBackground } from '../extension/base-handlers.js';
import { dispatch, isRequest, type HandlerMap, type ReportState } from '../extension/protocol.js';
import { createReportCache } from '../extension/report-cache.js';
import { SETTINGS_KEY, type ExtensionSettings } from '../extension/settings.js';
import { setBadge } from './badge.js';
import { contactDomains, identityDomains } from './identities.js';
import { ensureDisplayScript } from './legacy-scripts.js';
import { displayedList, type MessengerApi } from './messenger-api.js';
import { getRawBytes } from './raw-bytes.js';
import { forwardAsReport } from './report-phishing.js';

export type AnalyzeFn = (raw: Uint8Array, settings: ExtensionSettings, contactDomains: readonly string[]) => Promise<Report>;

export interface Logger {
  info(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface ThunderbirdBackgroundOptions {
  api: MessengerApi;
  analyze: AnalyzeFn;
  log: Logger;
  /** Reports kept in memory (one per message id). */
  cacheSize?: number;
  displayScript?: string;
}

export interface ThunderbirdBackground {
  handlers: HandlerMap;
  /** The analysis state for a message id (shared by badge, banner and popup). */
  stateFor(messageId: number): Promise<ReportState>;
  ready: Promise<void>;
}

export function startThunderbirdBackground(opts: ThunderbirdBackgroundOptions): ThunderbirdBackground {
  const { api, log } = opts;
  const cache = createReportCache<number, ReportState>(opts.cacheSize ?? 200);
  let contacts: Promise<string[]> | null = null;
  const getContacts = (): Promise<string[]> => {
    contacts ??= contactDomains(api).catch((e: unknown) => {
      log.error('sender-lens: reading contacts failed', e);
      return [];
    });
    return contacts;
  };

  const base = createBaseBackground({
    storage: api.storage.local,
    managed: api.storage.managed,
    analyze: async (raw, s) => opts.analyze(raw, s, s.protectContacts ? await getContacts() : []),
    uiLanguage: () => api.i18n.getUILanguage(),
    suggestOwnDomains: () => identityDomains(api),
    onSettingsChanged: () => {
      contacts = null;
      cache.clear();
    },
    logError: (m, e) => log.error(m, e),
  });

  const stateFor = (messageId: number): Promise<ReportState> =>
    cache
      .get(messageId, async () => {
        let raw: Uint8Array;
        try {
          raw = await getRawBytes(api, messageId);
        } catch (e) {
          log.error(`sender-lens: could not read message ${messageId}`, e);
          throw e;
        }
        return base.analyzeState(raw, `message ${messageId}`);
      })
      .catch((e: unknown) => ({ status: 'failed' as const, reason: e instanceof Error ? e.message : String(e) }));

  async function displayedId(tabId: number | null): Promise<number | null> {
    if (tabId === null) return null;
    const shown = displayedList(await api.messageDisplay.getDisplayedMessages(tabId));
    const first = shown[0];
    return shown.length === 1 && first ? first.id : null;
  }

  async function stateForTab(tabId: number | null): Promise<ReportState> {
    const id = await displayedId(tabId);
    return id === null ? { status: 'none' } : stateFor(id);
  }

  const handlers: HandlerMap = {
    ...base.handlers,
    'report-for-sender-tab': async (_req, sender) => ({
      state: await stateForTab(sender.tabId),
      lang: await base.lang(),
      reportAddress: (await base.settings()).reportAddress,
    }),
    'report-for-tab': async (req) => ({
      state: await stateForTab(req.tabId),
      lang: await base.lang(),
      reportAddress: (await base.settings()).reportAddress,
    }),
    'report-phishing': async (req, sender) => {
      const id = await displayedId(req.tabId ?? sender.tabId);
      if (id === null) throw new Error('no single message is displayed');
      const state = await stateFor(id);
      if (state.status !== 'ready') throw new Error(state.status === 'failed' ? state.reason : 'no report for this message');
      return forwardAsReport(api, id, state.report, await base.lang(), (await base.settings()).reportAddress);
    },
    'open-report': async (_req, sender) => {
      try {
        if (api.messageDisplayAction.openPopup && (await api.messageDisplayAction.openPopup()) !== false) return true;
      } catch {
        // openPopup needs a user action in some versions: fall back to a report window.
      }
      if (!api.windows || sender.tabId === null) return false;
      await api.windows.create({ url: api.runtime.getURL(`popup.html?tabId=${sender.tabId}`), type: 'popup', width: 560, height: 720 });
      return true;
    },
  };

  api.runtime.onMessage.addListener((msg, sender) => {
    // Returning undefined lets other listeners answer messages that are not ours.
    if (!isRequest(msg)) return undefined;
    const tabId = typeof sender.tab?.id === 'number' ? sender.tab.id : null;
    return dispatch(handlers, msg, { tabId });
  });

  api.storage.onChanged?.addListener((changes, area) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') base.reload();
  });

  api.messageDisplay.onMessagesDisplayed.addListener((tab, displayed) => {
    const tabId = tab.id;
    if (typeof tabId !== 'number') return;
    const shown = displayedList(displayed);
    const first = shown[0];
    if (shown.length !== 1 || !first) {
      void api.messageDisplayAction.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      return;
    }
    void (async () => {
      await setBadge(api, tabId, 'pending').catch(() => undefined);
      const state = await stateFor(first.id);
      await setBadge(api, tabId, state.status === 'ready' ? state.report.verdict : 'failed');
    })().catch((e: unknown) => log.error('sender-lens: badge update failed', e));
  });

  const ready = ensureDisplayScript(api, opts.displayScript ?? 'thunderbird-display.js').then(
    (how) => log.info(`sender-lens: background ready (display script: ${how})`),
    (e: unknown) => log.error('sender-lens: registering the display script failed', e),
  );
  return { handlers, stateFor, ready };
}
