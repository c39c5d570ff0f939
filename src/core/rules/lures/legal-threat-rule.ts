/** Registry entry of the legal-threat lure (lures/legal-threat.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from './normalize.js';
import { legalThreatFindings } from './legal-threat.js';

const messages: Catalog = {
  'finding.legal-threat-lure': {
    en: 'The message threatens you with legal action ({phrase}) and sends you to a link or file for the papers. Courts and notaries serve documents by registered post, not through a link in an unexpected e-mail.',
    ja: '法的措置をほのめかし（{phrase}）、書類を見るためにリンクや添付ファイルを開かせようとしています。裁判所や公証人は書留郵便などで書類を送達し、予期しないメールのリンクで送ることはありません。',
    description:
      'legal-threat-lure: a summons, complaint filed, notarial protest or formal notice addressed to the reader, in a message with a link or attachment. {phrase}: the matched words (quoted).',
  },
  'finding.legal-threat-lure.short': {
    en: 'it threatens legal action ({phrase})',
    ja: '法的措置で脅しています（{phrase}）',
    description: 'Headline phrase for legal-threat-lure.',
  },
};

export const legalThreatRule: Rule = {
  id: 'legal-threat-lure',
  stage: 'message',
  reads:
    'The subject and text of a message with a link or attachment: a summons, a complaint filed, a notarial protest or a formal notice addressed to the reader.',
  produces: ['legal-threat-lure'],
  messages,
  run: (c) =>
    legalThreatFindings(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html), c.links.length > 0 || c.msg.attachments.length > 0),
};
