/**
 * The options form: DoH resolvers, offline mode, own domains (with "add my accounts' domains"), contact
 * protection, allowlist, sensitivity, language. Validation happens in the background (normalizeSettings);
 * the form reports which lines were dropped.
 */
import { normalizeDohUrl, normalizeDomain, type ExtensionSettings } from '../../platform/extension/settings.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { reputationFields } from './reputation-fields.js';

export interface OptionsModel {
  settings: ExtensionSettings;
  suggestedOwnDomains: string[];
}

/** Called with the form's raw values; resolves with what was stored, or rejects with a reason. */
export type SaveSettings = (raw: Record<string, unknown>) => Promise<ExtensionSettings>;

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

function field(doc: Document, labelKey: string, lang: Lang, control: HTMLElement, help?: string): HTMLElement {
  return el(
    doc,
    'div',
    { className: 'field' },
    el(doc, 'label', {}, tr(labelKey, lang), el(doc, 'br'), control),
    help ? el(doc, 'p', { className: 'help' }, help) : null,
  );
}

function checkbox(doc: Document, name: string, checked: boolean, labelKey: string, lang: Lang): [HTMLInputElement, HTMLElement] {
  const box = el(doc, 'input', { attrs: { type: 'checkbox', name } });
  box.checked = checked;
  return [box, el(doc, 'div', { className: 'field' }, el(doc, 'label', {}, box, ' ', tr(labelKey, lang)))];
}

function select(doc: Document, name: string, value: string, options: [string, string][]): HTMLSelectElement {
  const s = el(doc, 'select', { attrs: { name } }, ...options.map(([v, label]) => el(doc, 'option', { attrs: { value: v } }, label)));
  s.value = value;
  return s;
}

/** What the host supports: account domains and address books exist only in Thunderbird. */
export interface OptionsHost {
  thunderbird: boolean;
}

export function renderOptions(
  root: HTMLElement,
  model: OptionsModel,
  onSave: SaveSettings,
  lang: Lang,
  host: OptionsHost = { thunderbird: true },
): void {
  const doc = root.ownerDocument;
  const s = model.settings;
  const area = (name: string, value: string[]) => {
    const a = el(doc, 'textarea', { attrs: { name, rows: '4', spellcheck: 'false' } });
    a.value = value.join('\n');
    return a;
  };
  const doh = area('dohUrls', s.dohUrls);
  const own = area('ownDomains', s.ownDomains);
  const allow = area('allowlist', s.allowlist);
  const [offline, offlineField] = checkbox(doc, 'offline', s.offline, 'ui.options.offline', lang);
  const [contacts, contactsField] = checkbox(doc, 'protectContacts', s.protectContacts, 'ui.options.contacts', lang);
  const sens = select(
    doc,
    'sensitivity',
    s.sensitivity,
    (['low', 'normal', 'high'] as const).map((v) => [v, tr(`ui.options.sensitivity.${v}`, lang)]),
  );
  const langSel = select(doc, 'lang', s.lang, [
    ['auto', tr('ui.options.lang.auto', lang)],
    ['en', 'English'],
    ['ja', '日本語'],
  ]);
  const fill = el(doc, 'button', { attrs: { type: 'button', name: 'fromAccounts' } }, tr('ui.options.fromAccounts', lang));
  fill.disabled = model.suggestedOwnDomains.length === 0;
  fill.addEventListener('click', () => {
    const merged = [...lines(own.value)];
    for (const d of model.suggestedOwnDomains) if (!merged.includes(d)) merged.push(d);
    own.value = merged.join('\n');
  });
  const report = el(doc, 'input', {
    attrs: { type: 'email', name: 'reportAddress', autocomplete: 'email', spellcheck: 'false', size: '40' },
  });
  report.value = s.reportAddress;
  const reputation = reputationFields(doc, s, lang);
  const status = el(doc, 'p', { className: 'status', attrs: { role: 'status' } });
  const save = el(doc, 'button', { className: 'primary', attrs: { type: 'submit' } }, tr('ui.options.save', lang));
  const form = el(
    doc,
    'form',
    {},
    field(doc, 'ui.options.doh', lang, doh, tr('ui.options.dohHelp', lang)),
    offlineField,
    field(doc, 'ui.options.ownDomains', lang, own),
    host.thunderbird ? el(doc, 'div', { className: 'field' }, fill) : null,
    host.thunderbird ? contactsField : null,
    field(doc, 'ui.options.allowlist', lang, allow),
    field(doc, 'ui.options.sensitivity', lang, sens),
    field(doc, 'ui.options.lang', lang, langSel),
    field(doc, 'ui.options.reportAddress', lang, report, tr('ui.options.reportAddressHelp', lang)),
    reputation.node,
    el(doc, 'div', { className: 'actions' }, save),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const raw = {
      dohUrls: lines(doh.value),
      offline: offline.checked,
      ownDomains: lines(own.value),
      protectContacts: contacts.checked,
      allowlist: lines(allow.value),
      sensitivity: sens.value,
      lang: langSel.value,
      reportAddress: report.value,
      ...reputation.read(),
    };
    save.disabled = true;
    onSave(raw)
      .then(
        (stored) => {
          const dropped = [
            ...raw.dohUrls.filter((u) => normalizeDohUrl(u) === null),
            ...raw.ownDomains.filter((d) => normalizeDomain(d) === null),
            ...raw.allowlist.filter((d) => normalizeDomain(d) === null),
          ];
          doh.value = stored.dohUrls.join('\n');
          own.value = stored.ownDomains.join('\n');
          allow.value = stored.allowlist.join('\n');
          if (raw.reportAddress.trim() && !stored.reportAddress) dropped.push(raw.reportAddress.trim());
          report.value = stored.reportAddress;
          status.textContent = dropped.length
            ? `${tr('ui.options.saved', lang)} ${tr('ui.options.rejected', lang, { items: dropped.join(', ') })}`
            : tr('ui.options.saved', lang);
        },
        (err: unknown) => {
          status.textContent = tr('ui.options.saveFailed', lang, { reason: err instanceof Error ? err.message : String(err) });
        },
      )
      .finally(() => {
        save.disabled = false;
      });
  });
  root.replaceChildren(el(doc, 'h1', {}, tr('ui.options.title', lang)), form);
  root.setAttribute('lang', lang);
}
