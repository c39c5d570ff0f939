/** Texts of the verified-sender findings (en + ja). */
import type { Catalog } from '../../i18n/format.js';

export const verifiedSenderMessages: Catalog = {
  'finding.sender-domain-verified': {
    en: 'The message really comes from {domain}: its own check ({via}) confirms it.',
    ja: 'このメールは確かに {domain} から送られています（{via} で確認済み）。',
    description:
      "The From domain is an organisation's own domain and DMARC or an aligned DKIM signature proves the message comes from it. {domain}: the From organizational domain; {via}: DMARC and/or DKIM (technical words, not translated).",
  },
  'finding.verified-open-mailbox': {
    en: 'A verified mailbox at {domain} — anyone can open one, so this says nothing about who the sender is.',
    ja: '{domain} の確認済みのメールボックスです。ただし誰でも作れるため、差出人が誰かは分かりません。',
    description:
      'DMARC or aligned DKIM passed, but for a free-mail provider or bulk-sending platform where anyone can open a mailbox; never shown as checked. {domain}: the provider domain; {via}: DMARC and/or DKIM.',
  },
  'finding.verified-open-mailbox.short': {
    en: 'a verified mailbox at {domain}, which anyone can open',
    ja: '誰でも作れる {domain} のメールボックスです',
    description: 'Headline phrase for verified-open-mailbox; {domain} the provider domain.',
  },
};
