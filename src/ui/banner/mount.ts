/**
 * Mounts the warning banner at the top of a message, inside a closed shadow root (the message's own CSS and
 * scripts cannot reach it). The host carries `data-sender-lens="<verdict>"` for tests. Only danger/caution
 * reports get a banner; never a "safe" banner inside the message.
 */
import type { Report } from '../../core/model/report.js';
import { isolateAllText } from '../shared/bidi.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { showsBanner } from '../shared/verdict-style.js';
import { buildHeadline, findingText, topFindings } from './headline.js';
import { BANNER_CSS } from './styles.js';

export const BANNER_TAG = 'sender-lens-banner';

export interface BannerOptions {
  lang: Lang;
  onOpenReport: () => void;
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
  const shown = isolateAllText(report);
  const headline = buildHeadline(shown, lang);
  const text = el(doc, 'span', { className: 'text', untrusted: true }, headline);
  text.title = headline;
  const list = el(doc, 'ul', {}, ...topFindings(shown, 3).map((f) => el(doc, 'li', { untrusted: true }, findingText(f, lang))));
  const open = el(doc, 'button', { className: 'primary', attrs: { type: 'button' } }, tr('ui.banner.openReport', lang));
  open.addEventListener('click', (ev) => {
    ev.preventDefault();
    opts.onOpenReport();
  });
  const hide = el(doc, 'button', { className: 'secondary', attrs: { type: 'button' } }, tr('ui.banner.dismiss', lang));
  hide.addEventListener('click', () => host.remove());
  const box = el(
    doc,
    'div',
    { className: `banner ${report.verdict}`, attrs: { role: 'alert', 'aria-label': tr('ui.banner.label', lang), lang } },
    el(doc, 'div', { className: 'headline' }, el(doc, 'span', { className: 'icon', attrs: { 'aria-hidden': 'true' } }, '⚠'), text),
    list.childElementCount ? list : null,
    el(doc, 'div', { className: 'actions' }, open, hide),
  );
  shadow.append(box);
  anchor.prepend(host);
  return mounted;
}
