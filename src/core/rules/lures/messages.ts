/** Texts of the lure findings (en + ja). */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.credential-lure': {
    en: 'The message pressures you about your account or password ({phrases}). Real services rarely ask you to act through an email link.',
    ja: 'アカウントやパスワードについて対応を迫る文面があります ({phrases})。正規のサービスがメールのリンクから手続きを求めることはまれです。',
    description:
      'Credential lure: a threat to an account, mailbox, payment or parcel together with a push to act. {phrases}: matched phrases in 「」; {kinds}: lure families (not shown).',
  },
  'finding.urgency-lure': {
    en: 'The message sets a deadline to rush you ({phrases}).',
    ja: '期限を示して急がせる文面があります ({phrases})。',
    description: 'Urgency lure: a deadline or pressure phrase. {phrases}: matched phrases in 「」.',
  },
};
