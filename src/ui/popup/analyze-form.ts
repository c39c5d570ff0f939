/**
 * Paste a raw message source or drop an .eml file to check it (every target: Thunderbird, Chrome, Firefox).
 * The bytes go to the background through `onAnalyze`; the result is rendered below the form.
 */
import type { ReportState } from '../../platform/extension/protocol.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { renderState } from './render-state.js';

/** Largest file or paste accepted (bytes). Larger input is refused before reading it. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export type Analyze = (raw: Uint8Array) => Promise<ReportState>;

export function renderAnalyzeForm(root: HTMLElement, onAnalyze: Analyze, lang: Lang): void {
  const doc = root.ownerDocument;
  const area = el(doc, 'textarea', {
    className: 'paste',
    attrs: {
      rows: '6',
      spellcheck: 'false',
      'aria-label': tr('ui.popup.analyzeHint', lang),
      placeholder: tr('ui.popup.analyzeHint', lang),
    },
  });
  const button = el(doc, 'button', { attrs: { type: 'button' } }, tr('ui.popup.analyzeButton', lang));
  const status = el(doc, 'p', { className: 'status', attrs: { role: 'status' } });
  const result = el(doc, 'div', { className: 'analyze-result' });

  const run = async (bytes: Uint8Array) => {
    status.textContent = tr('ui.popup.loading', lang);
    button.disabled = true;
    try {
      renderState(result, await onAnalyze(bytes), lang);
      status.textContent = '';
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => {
    const text = area.value;
    if (!text.trim()) {
      status.textContent = tr('ui.popup.analyzeEmpty', lang);
      return;
    }
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > MAX_INPUT_BYTES) {
      status.textContent = tr('ui.popup.tooLarge', lang, { size: bytes.length });
      return;
    }
    void run(bytes);
  });
  area.addEventListener('dragover', (ev) => ev.preventDefault());
  area.addEventListener('drop', (ev) => {
    ev.preventDefault();
    const file = ev.dataTransfer?.files[0];
    if (!file) return;
    if (file.size > MAX_INPUT_BYTES) {
      status.textContent = tr('ui.popup.tooLarge', lang, { size: file.size });
      return;
    }
    void file.arrayBuffer().then((buf) => run(new Uint8Array(buf)));
  });
  root.replaceChildren(
    el(doc, 'h2', {}, tr('ui.popup.analyzeTitle', lang)),
    area,
    el(doc, 'div', { className: 'actions' }, button),
    status,
    result,
  );
}
