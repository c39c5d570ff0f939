/**
 * Message display script (runs inside each displayed message, 3-pane, tab or .eml window): asks the background
 * for this message's report and mounts the banner for danger/caution. Never blocks or alters the display otherwise.
 */
import { request, type MessageSender } from '../platform/extension/protocol.js';
import { mountBanner } from '../ui/banner/index.js';
import { showsBanner } from '../ui/shared/verdict-style.js';

const runtime = (globalThis as unknown as { messenger: { runtime: MessageSender } }).messenger.runtime;
const started = performance.now();

void request(runtime, { type: 'report-for-sender-tab' }).then((reply) => {
  if (!reply.ok) {
    console.error('sender-lens: no report for this message:', reply.error);
    return;
  }
  const { state, lang, reportAddress } = reply.value;
  if (state.status !== 'ready' || !showsBanner(state.report.verdict) || !document.body) return;
  mountBanner(document.body, state.report, {
    lang,
    reportAddress: reportAddress ?? '',
    onOpenReport: () => void request(runtime, { type: 'open-report' }),
    onReport: () =>
      void request(runtime, { type: 'report-phishing' }).then((r) => {
        if (r.ok) console.info(`sender-lens: report compose window opened (tab ${r.value.composeTabId})`);
        else console.error('sender-lens: report phishing failed:', r.error);
      }),
  });
  console.info(`sender-lens: banner ${state.report.verdict} shown after ${Math.round(performance.now() - started)} ms`);
});
