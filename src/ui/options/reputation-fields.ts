/**
 * Options fields for the reputation sources: RDAP (auto/on/off) and one checkbox per known DNS blocklist, each saying
 * what it is asked about and whether its terms require registration. The help texts say exactly what leaves the machine.
 */
import { KNOWN_DNSBLS } from '../../core/evidence/dnsbl-lists.js';
import type { ExtensionSettings, RdapSetting } from '../../platform/extension/settings.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';

export interface ReputationFields {
  node: HTMLElement;
  /** The fields' values, to merge into the raw settings on save. */
  read(): { rdap: RdapSetting; dnsbl: string[]; safeBrowsingKey: string };
}

export function reputationFields(doc: Document, s: ExtensionSettings, lang: Lang): ReputationFields {
  const rdap = el(
    doc,
    'select',
    { attrs: { name: 'rdap' } },
    ...(['auto', 'on', 'off'] as const).map((v) => el(doc, 'option', { attrs: { value: v } }, tr(`ui.options.rdap.${v}`, lang))),
  );
  rdap.value = s.rdap;
  const boxes = KNOWN_DNSBLS.map((l) => {
    const box = el(doc, 'input', { attrs: { type: 'checkbox', name: `dnsbl-${l.id}`, value: l.id } });
    box.checked = s.dnsbl.includes(l.id);
    const note = `${l.zone} — ${tr(`ui.options.dnsblKind.${l.kind}`, lang)}${l.registrationRequired ? `; ${tr('ui.options.dnsblRegistration', lang)}` : ''}`;
    return {
      id: l.id,
      box,
      row: el(
        doc,
        'div',
        { className: 'field', attrs: { 'data-dnsbl': l.id } },
        el(doc, 'label', {}, box, ' ', l.name),
        el(doc, 'p', { className: 'help' }, note),
      ),
    };
  });
  const sbKey = el(doc, 'input', { attrs: { type: 'password', name: 'safeBrowsingKey', autocomplete: 'off', spellcheck: 'false' } });
  sbKey.value = s.safeBrowsingKey;
  const node = el(
    doc,
    'fieldset',
    { className: 'reputation' },
    el(doc, 'legend', {}, tr('ui.options.reputation', lang)),
    el(
      doc,
      'div',
      { className: 'field' },
      el(doc, 'label', {}, tr('ui.options.rdap', lang), el(doc, 'br'), rdap),
      el(doc, 'p', { className: 'help' }, tr('ui.options.rdapHelp', lang)),
    ),
    el(doc, 'p', {}, tr('ui.options.dnsbl', lang)),
    ...boxes.map((b) => b.row),
    el(doc, 'p', { className: 'help' }, tr('ui.options.dnsblHelp', lang)),
    el(
      doc,
      'div',
      { className: 'field' },
      el(doc, 'label', {}, tr('ui.options.safeBrowsing', lang), el(doc, 'br'), sbKey),
      el(doc, 'p', { className: 'help' }, tr('ui.options.safeBrowsingHelp', lang)),
    ),
  );
  return {
    node,
    read: () => ({
      rdap: rdap.value as RdapSetting,
      dnsbl: boxes.filter((b) => b.box.checked).map((b) => b.id),
      safeBrowsingKey: sbKey.value.trim(),
    }),
  };
}
