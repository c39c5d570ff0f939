/**
 * Handlers every extension target shares: settings (get/save), pasted-source analysis, and the UI language.
 * Platforms (Thunderbird, webmail) add the tab-specific ones (report-for-tab, report-for-sender-tab, open-report).
 */
import type { Report } from '../../core/model/report.js';
import { pickLang, type Lang } from '../../core/i18n/index.js';
import { binaryToBytes, type HandlerMap, type ReportState } from './protocol.js';
import type { ExtensionSettings, KeyValueStore } from './settings.js';
import { loadEffectiveSettings, saveUserSettings, type EffectiveSettings, type ManagedStore } from './effective-settings.js';

export type AnalyzeWithSettings = (raw: Uint8Array, settings: ExtensionSettings) => Promise<Report>;

export interface BaseHandlersOptions {
  storage: KeyValueStore;
  /** storage.managed (the organisation's settings); absent where the platform has none. */
  managed?: ManagedStore | undefined;
  analyze: AnalyzeWithSettings;
  uiLanguage: () => string;
  /** Domains suggested for "own domains" (Thunderbird: account identities). */
  suggestOwnDomains?: () => Promise<string[]>;
  /** Called after settings changed (drop cached reports, contacts...). */
  onSettingsChanged?: (s: ExtensionSettings) => void;
  logError: (msg: string, err: unknown) => void;
}

export interface BaseBackground {
  handlers: HandlerMap;
  settings(): Promise<ExtensionSettings>;
  lang(): Promise<Lang>;
  /** Reload settings from storage (storage.onChanged from another context, or a managed-policy change). */
  reload(): void;
  /** Runs an analysis with the current settings; a crash becomes `failed` and is logged. */
  analyzeState(raw: Uint8Array, what: string): Promise<ReportState>;
}

export function createBaseBackground(opts: BaseHandlersOptions): BaseBackground {
  let loaded: Promise<EffectiveSettings> = loadEffectiveSettings(opts.storage, opts.managed);
  let current = loaded.then((e) => e.settings);
  const lang = async (): Promise<Lang> => {
    const s = await current;
    return s.lang === 'auto' ? pickLang(opts.uiLanguage()) : s.lang;
  };
  const analyzeState = async (raw: Uint8Array, what: string): Promise<ReportState> => {
    try {
      return { status: 'ready', report: await opts.analyze(raw, await current) };
    } catch (e) {
      opts.logError(`sender-lens: could not check ${what}`, e);
      return { status: 'failed', reason: e instanceof Error ? e.message : String(e) };
    }
  };
  const handlers: HandlerMap = {
    'analyze-raw': async (req) => ({ state: await analyzeState(binaryToBytes(req.raw), 'pasted message'), lang: await lang() }),
    'settings-get': async () => ({
      settings: await current,
      managed: (await loaded).managed,
      suggestedOwnDomains: opts.suggestOwnDomains ? await opts.suggestOwnDomains().catch(() => []) : [],
      lang: await lang(),
    }),
    'settings-save': async (req) => {
      const saved = await saveUserSettings(opts.storage, opts.managed, req.settings);
      loaded = Promise.resolve(saved);
      current = Promise.resolve(saved.settings);
      opts.onSettingsChanged?.(saved.settings);
      return saved.settings;
    },
  };
  return {
    handlers,
    settings: () => current,
    lang,
    reload: () => {
      loaded = loadEffectiveSettings(opts.storage, opts.managed);
      current = loaded.then((e) => e.settings);
      void current.then((s) => opts.onSettingsChanged?.(s));
    },
    analyzeState,
  };
}
