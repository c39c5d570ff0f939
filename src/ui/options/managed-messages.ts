/** Options-page texts for settings an organisation manages (enterprise policy / managed storage). */
import type { Catalog } from '../../core/i18n/index.js';

export const managedOptionsMessages: Catalog = {
  'ui.options.managed.locked': {
    en: 'Set by your organisation',
    ja: '組織の管理者が設定しています',
    description: 'Shown next to a setting the organisation locked (the control is disabled).',
  },
  'ui.options.managed.default': {
    en: 'Default from your organisation (you can change it)',
    ja: '組織の既定値です（変更できます）',
    description: 'Shown next to a setting whose value is the organisation default the user has not changed.',
  },
  'ui.options.managed.intro': {
    en: 'Some settings are managed by your organisation and cannot be changed here.',
    ja: '一部の設定は組織の管理者が管理しているため、ここでは変更できません。',
    description: 'Note at the top of the options page when the organisation locked settings.',
  },
  'ui.options.managed.problems': {
    en: "Your organisation's settings for Sender Lens contain errors that were ignored: {items}",
    ja: '組織が配布した Sender Lens の設定に誤りがあり、無視しました: {items}',
    description: 'Shown when the managed policy had unknown names or wrong types; {items} lists them for the administrator.',
  },
};
