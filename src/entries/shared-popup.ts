/**
 * Popup (toolbar button) and standalone report window: the full report for the message in the active tab
 * (or `?tabId=`), plus the paste/drop form to check any message source.
 */
import { bytesToBinary, request, type ReportState } from '../platform/extension/protocol.js';
import { renderAnalyzeForm, renderState, type ReportActions } from '../ui/popup/index.js';
import { reportByMailto } from '../ui/shared/report-webmail.js';
import { pickLang } from '../core/i18n/index.js';
import { tr } from '../ui/shared/i18n.js';
import { mountWebmailSiteSection } from './webmail-popup-site.js';

interface ExtGlobal {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  i18n: { getUILanguage(): string };
}
const g = globalThis as unknown as { messenger?: ExtGlobal; browser?: ExtGlobal; chrome?: ExtGlobal };
const ext = (g.messenger ?? g.browser ?? g.chrome) as ExtGlobal;

async function currentTabId(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

async function main(): Promise<void> {
  const reportRoot = document.getElementById('report');
  const formRoot = document.getElementById('analyze');
  if (!reportRoot || !formRoot) return;
  let lang = pickLang(ext.i18n.getUILanguage());
  document.title = tr('ui.popup.title', lang);
  reportRoot.textContent = tr('ui.popup.loading', lang);
  const tabId = await currentTabId();
  let state: ReportState = { status: 'none' };
  let reportAddress = '';
  if (tabId !== null) {
    const reply = await request(ext.runtime, { type: 'report-for-tab', tabId });
    if (reply.ok) {
      state = reply.value.state;
      lang = reply.value.lang;
      reportAddress = reply.value.reportAddress ?? '';
    } else state = { status: 'failed', reason: reply.error };
  }
  if (!reportAddress && !g.messenger) {
    const s = await request(ext.runtime, { type: 'settings-get' });
    if (s.ok) reportAddress = s.value.settings.reportAddress ?? '';
  }
  document.documentElement.lang = lang;
  const summary = document.getElementById('analyze-summary');
  if (summary) summary.textContent = tr('ui.popup.analyzeSummary', lang);
  const shown = state;
  const actions: ReportActions = { reportAddress };
  if (shown.status === 'ready' && tabId !== null) {
    // Thunderbird forwards the message as an attachment in a compose window; browsers open a mailto: link.
    actions.onReport = g.messenger
      ? async () => {
          const r = await request(ext.runtime, { type: 'report-phishing', tabId });
          if (!r.ok) throw new Error(r.error);
          return r.value.address ? tr('ui.report.ready', lang, { address: r.value.address }) : tr('ui.report.readyNoAddress', lang);
        }
      : () => Promise.resolve(reportByMailto(document, shown.report, lang, reportAddress));
  }
  renderState(reportRoot, state, lang, actions);
  renderAnalyzeForm(
    formRoot,
    async (raw) => {
      const reply = await request(ext.runtime, { type: 'analyze-raw', raw: bytesToBinary(raw) });
      return reply.ok ? reply.value.state : { status: 'failed', reason: reply.error };
    },
    lang,
  );
  await mountWebmailSiteSection(document.body, lang).catch(() => undefined);
  document.body.setAttribute('data-ready', state.status);
}

void main();
