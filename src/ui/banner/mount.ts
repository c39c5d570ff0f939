/**
 * Mounts the warning banner at the top of a message, inside a closed shadow root (the message's own CSS and
 * scripts cannot reach it). The host carries `data-sender-lens="<verdict>"` for tests. Only danger/caution
 * reports get a banner; never a "safe" banner inside the message. Every text wraps: nothing is cut off.
 */
import type { Finding } from '../../core/model/finding.js';
import type { Report } from '../../core/model/report.js';
import { isolateAllText } from '../shared/bidi.js';
import { capText, el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { plainAdvice, plainHeadline, plainReasons } from '../shared/plain-reasons.js';
import { showsBanner } from '../shared/verdict-style.js';
import { BANNER_CSS } from './styles.js';

export const BANNER_TAG = 'sender-lens-banner';

/** Longest message-derived value (address, host, brand) shown inside a banner sentence; the popup shows it all. */
export const BANNER_VALUE_CHARS = 80;

export interface BannerOptions {
  lang: Lang;
  onOpenReport: () => void;
  /** "Report phishing": forwards the message to the admin (Thunderbird) or opens a mail to them (webmail). */
  onReport?: () => void;
  /** The configured report address, named in the advice line. */
  reportAddress?: string;
}

export interface MountedBanner {
  host: HTMLElement;
  remove(): void;
}

function applyStyles(doc: Document, shadow: ShadowRoot): void {
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;
  shadow.append(style);
}

/** The report with long message-derived values shortened where the banner interpolates them into sentences. */
export function capForBanner(report: Report): Report {
  const capParams = (f: Finding): Finding => ({
    ...f,
    params: Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, typeof v === 'string' ? capText(v, BANNER_VALUE_CHARS) : v])),
  });
  const entity = report.claimedEntity ? { ...report.claimedEntity, name: capText(report.claimedEntity.name, BANNER_VALUE_CHARS) } : null;
  return { ...report, findings: report.findings.map(capParams), claimedEntity: entity };
}

/**
 * Renders the banner as the first child of `anchor` (usually the message body). Replaces a banner already
 * there. For a verdict without banner (ok/unknown) it mounts nothing visible and returns a detached host.
 */
export function mountBanner(anchor: Element, report: Report, opts: BannerOptions): MountedBanner {
  const doc = anchor.ownerDocument;
  for (const old of Array.from(anchor.querySelectorAll(`:scope > ${BANNER_TAG}`))) old.remove();
  const host = doc.createElement(BANNER_TAG);
  host.setAttribute('data-sender-lens', report.verdict);
  const mounted: MountedBanner = { host, remove: () => host.remove() };
  if (!showsBanner(report.verdict)) return mounted;

  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(doc, shadow);
  const { lang } = opts;
  // Message-derived strings are interpolated into sentences: isolate their bidi controls first (shared/bidi.ts).
  const shown = capForBanner(isolateAllText(report));
  const text = el(doc, 'span', { className: 'text', untrusted: true }, plainHeadline(shown, lang));
  const reasons = plainReasons(shown, lang, 3);
  const list = el(
    doc,
    'ul',
    { className: 'reasons' },
    ...reasons.map((r) => el(doc, 'li', { untrusted: true, attrs: { 'data-finding': r.finding.id } }, r.text)),
  );
  const advice = el(doc, 'p', { className: 'advice' }, plainAdvice(report, lang, opts.reportAddress));
  const actions = el(doc, 'div', { className: 'actions' });
  if (opts.onReport) {
    const onReport = opts.onReport;
    const reportBtn = el(doc, 'button', { className: 'primary report', attrs: { type: 'button' } }, tr('ui.banner.report', lang));
    reportBtn.addEventListener('click', (ev) => {
      ev.preventDefault();
      onReport();
    });
    actions.append(reportBtn);
  }
  const open = el(
    doc,
    'button',
    { className: opts.onReport ? 'secondary open' : 'primary open', attrs: { type: 'button' } },
    tr('ui.banner.openReport', lang),
  );
  open.addEventListener('click', (ev) => {
    ev.preventDefault();
    opts.onOpenReport();
  });
  const hide = el(doc, 'button', { className: 'secondary hide', attrs: { type: 'button' } }, tr('ui.banner.dismiss', lang));
  hide.addEventListener('click', () => host.remove());
  actions.append(open, hide);
  const box = el(
    doc,
    'div',
    { className: `banner ${report.verdict}`, attrs: { role: 'alert', 'aria-label': tr('ui.banner.label', lang), lang } },
    el(doc, 'div', { className: 'headline' }, el(doc, 'span', { className: 'icon', attrs: { 'aria-hidden': 'true' } }, '⚠'), text),
    list.childElementCount ? list : null,
    advice,
    actions,
  );
  shadow.append(box);
  anchor.prepend(host);
  return mounted;
}
