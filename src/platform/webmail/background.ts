/**
 * Background side of the webmail sites: analyzes the raw source a content script fetched, keeps per-tab state for
 * the popup and the toolbar badge, and records the SHA-256 of exactly what was analyzed (shown in the tab state so
 * tests and curious users can compare it with the server's copy). Effects are injected.
 */
import type { Lang } from '../../core/i18n/index.js';
import type { Verdict } from '../../core/model/report.js';
import type { ReportState } from '../extension/protocol.js';
import { binaryToBytes } from '../extension/protocol.js';
import { createReportCache } from '../extension/report-cache.js';
import { parseWebmailRequest, type WebmailAnalyzeReply, type WebmailRequest, type WebmailSite, type UnavailableSite } from './protocol.js';

/** What the toolbar shows for a tab. */
export type BadgeState = Verdict | 'unavailable' | 'failed' | null;

export interface WebmailMessageState {
  key: string;
  site: WebmailSite;
  state: ReportState;
  /** Hex SHA-256 of the analyzed bytes ('' when fetching failed). */
  sha256: string;
  bytes: number;
  exact: boolean;
}

export interface WebmailTabState {
  /** Messages on screen, in the order they were reported. */
  messages: WebmailMessageState[];
  unavailable: UnavailableSite | null;
}

export interface WebmailBackgroundDeps {
  analyze(raw: Uint8Array): Promise<ReportState>;
  lang(): Promise<Lang>;
  sha256Hex(bytes: Uint8Array): Promise<string>;
  setBadge(tabId: number, state: BadgeState): Promise<void>;
  openReport(tabId: number, key: string): Promise<void>;
}

export type WebmailReply = { ok: true; value: unknown } | { ok: false; error: string };

const RANK: Record<Verdict, number> = { unknown: 1, ok: 0, caution: 2, danger: 3 };
/** Distinct analyses kept (by content hash); a tab shows a handful at a time. */
const CACHE_ENTRIES = 100;

/** The badge for what a tab shows: the worst verdict on screen, else failed, else unavailable. */
export function badgeFor(tab: WebmailTabState | undefined): BadgeState {
  if (!tab) return null;
  let worst: Verdict | null = null;
  let failed = false;
  for (const m of tab.messages) {
    if (m.state.status === 'ready') {
      const v = m.state.report.verdict;
      if (worst === null || RANK[v] > RANK[worst]) worst = v;
    } else if (m.state.status === 'failed') failed = true;
  }
  if (worst === 'danger' || worst === 'caution') return worst;
  if (failed) return 'failed';
  if (worst) return worst;
  return tab.unavailable ? 'unavailable' : null;
}

export interface WebmailBackground {
  /**
   * Answers a webmail request. Returns undefined synchronously when the message is not one, so that an
   * onMessage listener returns nothing and other listeners answer it. The promise never rejects.
   */
  handle(msg: unknown, tabId: number | null): Promise<WebmailReply> | undefined;
  tabState(tabId: number): WebmailTabState | null;
  forgetTab(tabId: number): void;
}

export function createWebmailBackground(deps: WebmailBackgroundDeps): WebmailBackground {
  const tabs = new Map<number, WebmailTabState>();
  const cache = createReportCache<string, ReportState>(CACHE_ENTRIES);

  const update = async (tabId: number, visible: readonly string[], entry: WebmailMessageState | null): Promise<void> => {
    const tab = tabs.get(tabId) ?? { messages: [], unavailable: null };
    const keep = tab.messages.filter((m) => visible.includes(m.key) && m.key !== entry?.key);
    const next: WebmailTabState = { messages: entry ? [...keep, entry] : keep, unavailable: null };
    tabs.set(tabId, next);
    await deps.setBadge(tabId, badgeFor(next)).catch(() => undefined);
  };

  return {
    handle(msg, tabId) {
      const req = parseWebmailRequest(msg);
      if (req === null) return undefined;
      if (typeof req === 'string') return Promise.resolve({ ok: false, error: req });
      return answer(req, tabId);
    },
    tabState: (tabId) => tabs.get(tabId) ?? null,
    forgetTab: (tabId) => void tabs.delete(tabId),
  };

  async function answer(req: WebmailRequest, tabId: number | null): Promise<WebmailReply> {
    try {
      switch (req.type) {
        case 'webmail-analyze': {
          const bytes = binaryToBytes(req.raw);
          const sha256 = await deps.sha256Hex(bytes);
          const state = await cache
            .get(sha256, () => deps.analyze(bytes))
            .catch((err: unknown): ReportState => ({ status: 'failed', reason: err instanceof Error ? err.message : String(err) }));
          if (tabId !== null)
            await update(tabId, req.visible, { key: req.key, site: req.site, state, sha256, bytes: bytes.length, exact: req.exact });
          const value: WebmailAnalyzeReply = { state, lang: await deps.lang(), sha256 };
          return { ok: true, value };
        }
        case 'webmail-fetch-failed': {
          const state: ReportState = { status: 'failed', reason: req.reason };
          if (tabId !== null) await update(tabId, req.visible, { key: req.key, site: req.site, state, sha256: '', bytes: 0, exact: false });
          return { ok: true, value: { state, lang: await deps.lang() } };
        }
        case 'webmail-unavailable': {
          if (tabId !== null) {
            const tab: WebmailTabState = { messages: [], unavailable: req.site };
            tabs.set(tabId, tab);
            await deps.setBadge(tabId, badgeFor(tab)).catch(() => undefined);
          }
          return { ok: true, value: null };
        }
        case 'webmail-open-report': {
          if (tabId !== null) await deps.openReport(tabId, req.key);
          return { ok: true, value: null };
        }
      }
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }
}

/** The state the popup shows for a webmail tab: the worst message on screen (or the only one). */
export function popupStateFor(tab: WebmailTabState | null): ReportState | null {
  if (!tab || tab.messages.length === 0) return null;
  let best = tab.messages[0]!;
  for (const m of tab.messages) {
    const score = (s: ReportState): number => (s.status === 'ready' ? RANK[s.report.verdict] + 10 : s.status === 'failed' ? 5 : 0);
    if (score(m.state) > score(best.state)) best = m;
  }
  return best.state;
}
