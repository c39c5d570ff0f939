/** Renders what the background answered: a report, "no message", or "could not check" (analysis crashed). */
import type { ReportState } from '../../platform/extension/protocol.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { renderReport, type ReportActions } from './render-report.js';

export function renderState(root: HTMLElement, state: ReportState, lang: Lang, actions: ReportActions = {}): void {
  const doc = root.ownerDocument;
  if (state.status === 'ready') return renderReport(root, state.report, lang, actions);
  const text = state.status === 'none' ? tr('ui.popup.noMessage', lang) : tr('ui.popup.failed', lang, { reason: state.reason });
  root.replaceChildren(el(doc, 'p', { className: `state-${state.status}`, attrs: { 'data-state': state.status } }, text));
}
