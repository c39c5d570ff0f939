import type { Catalog } from './format.js';

/** Texts for findings made by the analysis step itself (src/core/pipeline). */
export const messages: Catalog = {
  'finding.auth-results-fail': {
    en: 'Your mail server ({receiver}) checked this message and {method} failed ({result}).',
    ja: 'あなたのメールサーバー（{receiver}）の検査で、このメールの {method} は失敗（{result}）でした。',
    description:
      "Trusted receiver's Authentication-Results say a method failed. {receiver} authserv-id, {method} SPF/DKIM/DMARC, {result} result word.",
  },
  'finding.analysis-error': {
    en: 'Sender Lens could not check this message: {error}',
    ja: 'Sender Lens はこのメールを確認できませんでした: {error}',
    description: 'Analysis failed unexpectedly; {error} is a short technical reason.',
  },
};
