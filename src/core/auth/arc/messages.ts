import type { Catalog } from '../../i18n/format.js';

/** Texts for ARC findings (src/core/auth/arc/findings.ts). */
export const messages: Catalog = {
  'finding.arc-pass': {
    en: 'This message was forwarded by {sealers}, which recorded and sealed the checks it saw on arrival (ARC): a failure of other checks may come from the forwarding.',
    ja: 'このメールは {sealers} によって転送され、受信時の検査結果が記録・封印されています（ARC）。他の検査の失敗は転送によるものかもしれません。',
    description: 'ARC chain validated: the message went through forwarders/lists. {sealers} comma list of sealing domains, oldest first.',
  },
  'finding.arc-fail': {
    en: 'The forwarding record (ARC) of this message is broken or forged ({reason}).',
    ja: 'このメールの転送記録（ARC）が壊れているか偽造されています（{reason}）。',
    description: 'ARC chain validation failed. {reason} short technical reason in English.',
  },
};
