/**
 * The full explained report (popup, standalone report window), for two readers. First, for everybody: the
 * verdict, a plain headline, what is wrong in plain words, one line of advice, "Report phishing" and "Copy", and
 * apart from the findings the checks that could not be done. Then, under "Details for admins": the route picture,
 * the claimed sender, the origin, authentication, links, every finding with its evidence and each check's state.
 * No score number, no internal ids.
 */
import type { Report } from '../../core/model/report.js';
import { formatReportText } from '../../core/report/format-text.js';
import { isolateAllText } from '../shared/bidi.js';
import { couldNotCheck } from '../shared/check-sentences.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { plainAdvice, plainHeadline, plainReasons, strengthOf } from '../shared/plain-reasons.js';
import { VERDICT_STYLE, showsBanner } from '../shared/verdict-style.js';
import { routePicture } from './route-picture.js';
import {
  allFindingsSection,
  authSection,
  checksSection,
  couldNotCheckList,
  linksSection,
  originSection,
  senderSection,
} from './sections.js';
import { reputationSection } from './reputation-section.js';
import { whyNoCheckNote } from './why-no-check.js';

export interface ReportActions {
  /** "Report phishing": resolves with a status sentence to show, rejects with a reason. */
  onReport?: () => Promise<string>;
  /** The configured report address, named in the advice line. */
  reportAddress?: string;
}

function copyButton(doc: Document, report: Report, lang: Lang, status: HTMLElement, fallback: HTMLTextAreaElement): HTMLElement {
  const text = formatReportText(report, lang);
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
  return button;
}

function reportButton(doc: Document, lang: Lang, onReport: () => Promise<string>, status: HTMLElement): HTMLElement {
  const button = el(doc, 'button', { className: 'primary report', attrs: { type: 'button' } }, tr('ui.banner.report', lang));
  button.addEventListener('click', () => {
    button.disabled = true;
    onReport()
      .then(
        (msg) => {
          status.textContent = msg;
          status.setAttribute('data-report', 'ready');
        },
        (err: unknown) => {
          status.textContent = tr('ui.report.failed', lang, { reason: err instanceof Error ? err.message : String(err) });
          status.setAttribute('data-report', 'failed');
        },
      )
      .finally(() => {
        button.disabled = false;
      });
  });
  return button;
}

function actionsBlock(doc: Document, original: Report, lang: Lang, actions: ReportActions): HTMLElement {
  const status = el(doc, 'p', { className: 'action-status', attrs: { role: 'status' } });
  const fallback = el(doc, 'textarea', { className: 'copy-text', attrs: { readonly: '', rows: '8', hidden: '' } });
  return el(
    doc,
    'div',
    { className: 'copy-block actions' },
    actions.onReport ? reportButton(doc, lang, actions.onReport, status) : null,
    copyButton(doc, original, lang, status, fallback),
    status,
    fallback,
  );
}

/** Replaces root's content with the report. Message-derived strings are bidi-isolated first (shared/bidi.ts). */
export function renderReport(root: HTMLElement, original: Report, lang: Lang, actions: ReportActions = {}): void {
  const report = isolateAllText(original);
  const doc = root.ownerDocument;
  const c = { doc, lang };
  const style = VERDICT_STYLE[report.verdict];
  const strength = strengthOf(report);
  const verdict = el(
    doc,
    'header',
    { className: `verdict v-${report.verdict}`, attrs: { 'data-verdict': report.verdict } },
    el(doc, 'span', { className: 'badge', attrs: { 'aria-hidden': 'true' } }, style.badge),
    el(doc, 'strong', {}, `${tr('report.verdict', lang)}: ${tr(`verdict.${report.verdict}`, lang)}`),
    strength
      ? el(doc, 'span', { className: 'extra strength' }, tr('ui.popup.strength', lang, { strength: tr(`ui.strength.${strength}`, lang) }))
      : null,
  );
  verdict.style.setProperty('--verdict-color', style.color);
  const warn = showsBanner(report.verdict);
  const reasons = plainReasons(report, lang, 8, false);
  // Checks that could not run are listed apart; "could not check" findings (temperror...) are never listed as wrong.
  const notChecked = couldNotCheck(report.checks, lang);
  const parts: (HTMLElement | null)[] = [
    verdict,
    warn ? el(doc, 'p', { className: 'plain-headline', attrs: { dir: 'auto' } }, plainHeadline(report, lang)) : null,
    report.verdict === 'ok' ? el(doc, 'p', { className: 'note' }, tr('ui.popup.okNote', lang)) : null,
    report.verdict === 'unknown' ? el(doc, 'p', { className: 'note' }, tr('ui.popup.unknownNote', lang)) : null,
    whyNoCheckNote(doc, report, lang),
    reasons.length
      ? el(
          doc,
          'section',
          { className: 'section reasons' },
          el(doc, 'h2', {}, tr('report.findings', lang)),
          el(
            doc,
            'ul',
            { className: 'plain-reasons' },
            ...reasons.map((r) => el(doc, 'li', { untrusted: true, attrs: { 'data-finding': r.finding.id } }, r.text)),
          ),
        )
      : null,
    warn ? el(doc, 'p', { className: 'advice' }, plainAdvice(report, lang, actions.reportAddress)) : null,
    actionsBlock(doc, original, lang, actions),
    couldNotCheckList(c, notChecked),
    el(
      doc,
      'section',
      { className: 'admin-details' },
      el(doc, 'h2', {}, tr('ui.popup.adminDetails', lang)),
      routePicture(c, report),
      senderSection(c, report),
      originSection(c, report),
      authSection(c, report),
      linksSection(c, report),
      reputationSection(c, report),
      allFindingsSection(c, report),
      checksSection(c, report),
    ),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  root.setAttribute('lang', lang);
}
