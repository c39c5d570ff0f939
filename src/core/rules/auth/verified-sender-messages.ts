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
  'finding.verified-unknown-domain': {
    en: "The message really comes from {domain} ({via} confirms it), but {domain} is not a domain we know as an organisation's own, so this says nothing about whether the sender is trustworthy.",
    ja: 'このメールは確かに {domain} から送られています（{via} で確認済み）。ただし {domain} がどの組織のドメインかは分からないため、差出人が信頼できるかどうかは分かりません。',
    description:
      "DMARC or aligned DKIM passed for a domain that is neither in the brand pack, the organisation catalogue nor the user's own/allowed/contact domains; anyone can register a domain and pass DMARC, so never shown as checked. {domain}: the From organizational domain; {via}: DMARC and/or DKIM.",
  },
  'finding.verified-unknown-domain.short': {
    en: 'verified sender domain {domain}, an organisation we do not know',
    ja: '送信元ドメイン {domain} は確認済み（ただし知らない組織）',
    description: 'Headline phrase for verified-unknown-domain; {domain} the From organizational domain.',
  },
  'plain.verified-unknown-domain': {
    en: 'We confirmed the mail comes from {domain}, but we do not know this organisation, so it is not marked as checked (✓).',
    ja: 'このメールが {domain} から送られたことは確認できましたが、この組織は分からないため、確認済み（✓）にはしていません。',
    description: 'Popup note under an unknown verdict: why an authenticated sender gets no ✓. {domain}: the From organizational domain.',
  },
};
