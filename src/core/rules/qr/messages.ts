/** Texts of the QR code finding (en + ja), with the banner's short phrase. */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.qr-code-lure': {
    en: 'The message asks you to scan a QR code with your phone ("{purpose}"); the code opens {host}. A phone is outside your company\'s protection, which is why phishing uses QR codes; real services do not ask for this by email.',
    ja: 'スマートフォンで QR コードを読み取るよう求めています（「{purpose}」）。QR コードの行き先は {host} です。スマートフォンは会社の保護の外にあるため、フィッシングは QR コードを使います。正規のサービスがメールでこれを求めることはありません。',
    description:
      'QR code lure: a QR code decoded from an image or PDF of the message, and text asking to scan it with a phone for verification, re-authentication, MFA/2FA or sign-in. {purpose}: the purpose phrase as written; {host}: host of the decoded URL; {foundIn}: image or file name (evidence).',
  },
  'finding.qr-code-lure.short': {
    en: 'it asks you to scan a QR code with your phone ("{purpose}")',
    ja: 'スマートフォンで QR コードを読み取らせようとしています（「{purpose}」）',
    description: 'Headline phrase for qr-code-lure; {purpose} the purpose phrase as written.',
  },
  'report.qrCodeIn': {
    en: 'QR code in {file}',
    ja: '{file} の QR コード',
    description: 'Label before a link decoded from a QR code in the report; {file} is the image or PDF name, or "inline image".',
  },
};
