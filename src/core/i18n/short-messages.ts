import type { Catalog } from './format.js';

/**
 * Short phrases for the banner's one-line headline ("This is not KAGOYA: <phrase>; <phrase>."). The UI uses
 * `<messageKey>.short` when present, else the full finding text. Placeholders are the finding's own params.
 */
export const messages: Catalog = {
  'finding.spf-fail.short': {
    en: "the sender's own domain does not allow the server that sent it",
    ja: '差出人のドメインは、このメールを送ったサーバーを許可していません',
    description: 'Headline phrase for spf-fail.',
  },
  'finding.spf-softfail.short': {
    en: "the sender's domain does not vouch for the server that sent it",
    ja: '差出人のドメインは、送信したサーバーを保証していません',
    description: 'Headline phrase for spf-softfail.',
  },
  'finding.dmarc-fail.short': {
    en: 'nothing confirms it comes from {domain}',
    ja: '{domain} から送られたことを確認できるものがありません',
    description: 'Headline phrase for dmarc-fail; {domain} is the From domain.',
  },
  'finding.auth-results-fail.short': {
    en: "your mail server's sender check failed ({method})",
    ja: 'あなたのメールサーバーの送信者確認が失敗しています（{method}）',
    description: 'Headline phrase for auth-results-fail; {method} SPF/DKIM/DMARC.',
  },
  'finding.brand-on-shared-host.short': {
    en: 'the link goes to a rented {platform} host',
    ja: 'リンク先は誰でも借りられる {platform} 上のホストです',
    description: 'Headline phrase for brand-on-shared-host; {platform} the shared hosting domain.',
  },
  'finding.lookalike-domain.short': {
    en: '{host} only looks like {domain}',
    ja: '{host} は {domain} に似せた別のドメインです',
    description: 'Headline phrase for lookalike-domain.',
  },
  'finding.link-text-mismatch.short': {
    en: 'a link does not go where its text says',
    ja: 'リンクの表示と実際の行き先が違います',
    description: 'Headline phrase for link-text-mismatch.',
  },
  'finding.display-name-address-mismatch.short': {
    en: 'the sender name shows a different address',
    ja: '差出人名に別のアドレスが書かれています',
    description: 'Headline phrase for display-name-address-mismatch.',
  },
  'finding.own-domain-impersonation.short': {
    en: 'it poses as your own organisation',
    ja: 'あなたの組織を装っています',
    description: 'Headline phrase for own-domain-impersonation.',
  },
  'finding.credential-lure.short': {
    en: 'it pushes you to enter your password',
    ja: 'パスワードの入力を急がせています',
    description: 'Headline phrase for credential-lure.',
  },
  'finding.display-name-brand-mismatch.short': {
    en: 'the sender name claims a brand the address does not belong to',
    ja: '差出人名のブランドとアドレスのドメインが一致しません',
    description: 'Headline phrase for display-name-brand-mismatch.',
  },
};
