import type { Catalog } from '../../i18n/format.js';

/** Texts for DKIM findings (src/core/auth/dkim/findings.ts). */
export const messages: Catalog = {
  'finding.dkim-fail': {
    en: 'The DKIM signature of {domain} does not verify: the message was changed after signing, or the signature is forged or broken ({reason}).',
    ja: '{domain} の DKIM 署名を検証できませんでした。署名後にメールが改変されたか、署名が偽造・破損しています（{reason}）。',
    description: 'A DKIM signature failed (fail/permerror). {domain} signing domain d=, {reason} short technical reason in English.',
  },
  'finding.dkim-weak': {
    en: 'The DKIM signature of {domain} is weak ({weaknesses}): it proves less than it seems.',
    ja: '{domain} の DKIM 署名は弱い方式です（{weaknesses}）。見かけほどの保証にはなりません。',
    description:
      'A DKIM signature uses a weak form. {domain} d=, {weaknesses} comma list of codes: rsa-sha1, l=, short-key, testing, unsigned-header-above.',
  },
  'finding.dkim-temperror': {
    en: 'Could not verify the DKIM signature of {domain} (temporary DNS problem).',
    ja: '{domain} の DKIM 署名を確認できませんでした（DNS の一時的な問題）。',
    description: 'DKIM could not be verified because of a temporary failure; not a pass and not a fail. {domain} d=.',
  },
  'finding.dkim-pass': {
    en: 'The message carries a valid DKIM signature of {domain}.',
    ja: 'このメールには {domain} の有効な DKIM 署名があります。',
    description: 'At least one DKIM signature verified. {domain} d= of the verified signature(s).',
  },
};
