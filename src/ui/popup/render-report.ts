/**
 * The full explained report (popup, standalone report window): verdict, what is wrong, claimed vs real sender,
 * origin network, route, SPF/DKIM/DMARC/ARC, links, and a "copy as text" button for reporting to an admin.
 */
import type { Report } from '../../core/model/report.js';
import { formatReportText } from '../../core/report/format-text.js';
import { isolateAllText } from '../shared/bidi.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { VERDICT_STYLE } from '../shared/verdict-style.js';
import { reputationSection } from './reputation-section.js';
import { authSection, findingsSection, linksSection, originSection, routeSection, senderSection, unavailableChecks } from './sections.js';

function copyBlock(doc: Document, report: Report, lang: Lang): HTMLElement {
  const text = formatReportText(report, lang);
  const status = el(doc, 'span', { className: 'copy-status', attrs: { role: 'status' } });
  const fallback = el(doc, 'textarea', { className: 'copy-text', attrs: { readonly: '', rows: '8', hidden: '' } });
  fallback.value = text;
  const button = el(doc, 'button', { className: 'copy', attrs: { type: 'button' } }, tr('ui.popup.copy', lang));
  button.addEventListener('click', () => {
    const clip = doc.defaultView?.navigator.clipboard;
    const showFallback = () => {
      status.textContent = tr('ui.popup.copyFailed', lang);
      fallback.hidden = false;
      fallback.select();
    };
    if (!clip) return showFallback();
    clip.writeText(text).then(() => {
      status.textContent = tr('ui.popup.copied', lang);
    }, showFallback);
  });
  return el(doc, 'div', { className: 'copy-block' }, button, ' ', status, fallback);
}

/** Replaces root's content with the report. Message-derived strings are bidi-isolated first (shared/bidi.ts). */
export function renderReport(root: HTMLElement, original: Report, lang: Lang): void {
  const report = isolateAllText(original);
  const doc = root.ownerDocument;
  const c = { doc, lang };
  const style = VERDICT_STYLE[report.verdict];
  const verdict = el(
    doc,
    'header',
    { className: `verdict v-${report.verdict}`, attrs: { 'data-verdict': report.verdict } },
    el(doc, 'span', { className: 'badge', attrs: { 'aria-hidden': 'true' } }, style.badge),
    el(doc, 'strong', {}, `${tr('report.verdict', lang)}: ${tr(`verdict.${report.verdict}`, lang)}`),
    el(doc, 'span', { className: 'extra' }, ` (${tr('ui.popup.score', lang, { score: report.score })})`),
  );
  verdict.style.setProperty('--verdict-color', style.color);
  const parts: (HTMLElement | null)[] = [
    verdict,
    report.verdict === 'ok' ? el(doc, 'p', { className: 'note' }, tr('ui.popup.okNote', lang)) : null,
    findingsSection(c, report),
    senderSection(c, report),
    originSection(c, report),
    routeSection(c, report),
    authSection(c, report),
    linksSection(c, report),
    reputationSection(c, report),
    unavailableChecks(c, report),
    copyBlock(doc, original, lang),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  root.setAttribute('lang', lang);
}
