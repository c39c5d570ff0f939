/** Texts of sender-identity findings (display name, own domain, sender relations, HELO), en + ja. */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.display-name-address-mismatch': {
    en: 'The sender name shows {shown}, but the message really comes from {address}.',
    ja: '差出人名には {shown} と表示されていますが、実際の差出人は {address} です。',
    description:
      'The From display name contains an address or domain other than the real sender address. {shown}: address/domain in the name; {address}: real From address.',
  },
  'finding.own-domain-impersonation': {
    en: "The message uses your own organisation's name ({own}) but was sent from outside it ({sender}).",
    ja: 'あなたの組織の名前 ({own}) を使っていますが、組織の外 ({sender}) から送られています。',
    description:
      "The recipient's own domain or organisation name appears in the display name, subject or greeting of mail from an external sender. {own}: the domain/name; {sender}: From address; {places} (not shown): where it appeared.",
  },
  'finding.reply-to-mismatch': {
    en: 'Replies would go to {replyTo}, not to the sender {from}.',
    ja: '返信すると、差出人 {from} ではなく {replyTo} に届きます。',
    description:
      'Reply-To is in another organisation than From (free-mail or unrelated). {replyTo}: Reply-To address; {from}: From address.',
  },
  'finding.return-path-mismatch': {
    en: 'The technical sender address ({returnPath}) belongs to another domain than {from}.',
    ja: '技術的な送信元アドレス ({returnPath}) が、差出人 {from} とは別のドメインです。',
    description:
      'Return-Path (envelope sender) in another organisation than From, with no mailing list or mail service to explain it. {returnPath}; {from}.',
  },
  'finding.message-id-domain-mismatch': {
    en: 'The message was created on a system of another domain ({messageIdDomain}) than the sender {from}.',
    ja: 'このメールは差出人 {from} とは別のドメイン ({messageIdDomain}) のシステムで作られています。',
    description: 'The Message-ID domain differs from the From domain and no known mail platform explains it. {messageIdDomain}; {from}.',
  },
  'finding.multiple-from': {
    en: 'The message has {count} sender addresses; mail programs may show you a different one than was checked.',
    ja: 'このメールには差出人が {count} 件あります。確認されたものとは別の差出人が表示されるおそれがあります。',
    description: 'More than one From field or From address (RFC 5322 3.6 allows one field). {count}: number of From fields/addresses.',
  },
  'finding.from-free-mail-brand-name': {
    en: 'The sender calls itself {brand} but writes from a free personal mailbox ({address}).',
    ja: '差出人は {brand} を名乗っていますが、無料の個人向けメールアドレス ({address}) から送られています。',
    description:
      'The display name claims a brand while the address is at a free-mail provider. {brand}: brand name; {address}: From address.',
  },
  'finding.helo-anomaly': {
    en: 'The sending computer ({ip}) introduced itself as "{helo}" instead of a proper server name, as mass-mailing tools often do.',
    ja: '送信元のコンピュータ ({ip}) が正式なサーバー名ではなく「{helo}」と名乗っており、大量送信ツールによく見られる特徴です。',
    description:
      'The HELO/EHLO name of the origin hop is an IP literal, localhost or not a full domain name. {helo}: the name; {ip}: client IP ("-" if unknown); {kind} (not shown): anomaly type.',
  },
};
