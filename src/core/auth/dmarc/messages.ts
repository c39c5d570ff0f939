import type { Catalog } from '../../i18n/format.js';

/** Texts for DMARC findings (src/core/auth/dmarc/findings.ts). */
export const messages: Catalog = {
  'finding.dmarc-fail': {
    en: 'The message claims to be from {domain}, but neither SPF nor DKIM confirms it (DMARC fail). The domain asks receivers to treat such mail as: {policy}.',
    ja: 'このメールは {domain} からと名乗っていますが、SPF でも DKIM でもそれが確認できません（DMARC fail）。このドメインはこのようなメールの扱いとして「{policy}」を求めています。',
    description:
      'DMARC fail: no authenticated domain aligned with the visible From domain. {domain} From domain, {policy} the applied policy word (none, quarantine or reject; shown as is).',
  },
  'finding.dmarc-temperror': {
    en: 'Could not check whether the sender {domain} is genuine (DMARC could not be verified: temporary DNS problem).',
    ja: '送信者 {domain} が本物か確認できませんでした（DMARC を検証できません：DNS の一時的な問題）。',
    description: 'DMARC could not be evaluated because of a temporary failure; not a pass and not a fail. {domain} From domain.',
  },
  'finding.dmarc-pass': {
    en: 'The sender domain {domain} is confirmed by DMARC ({via}).',
    ja: '送信者のドメイン {domain} は DMARC で確認されました（{via}）。',
    description:
      'DMARC pass: the From domain is aligned with an authenticated domain. {domain} From domain, {via} which check confirmed it, e.g. "SPF" or "SPF, DKIM" (technical words, not translated).',
  },
};
