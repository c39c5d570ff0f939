/** Registry entry of the attached-message rule (attached-message.ts). */
import type { Rule } from '../rule.js';
import type { Catalog } from '../../i18n/format.js';
import { attachedMessageFindings } from './attached-message.js';

const messages: Catalog = {
  'finding.attached-message-phish': {
    en: 'The message attached to this one ("{subject}", from {from}) shows signs of phishing itself ({count} findings, listed below as "in the attached message"). Do not open its links or attachments.',
    ja: 'このメールに添付されたメール（件名「{subject}」、差出人 {from}）自体にフィッシングの兆候があります（{count} 件、下に「添付メール内」として表示）。そのリンクや添付ファイルを開かないでください。',
    description:
      "An attached message (message/rfc822 or .eml) whose own findings, from the offline message checks, reach the caution threshold. {subject}, {from}: of the attached message; {count}: its findings. The inner findings are carried in the finding's `inner` list.",
  },
  'finding.attached-message-phish.short': {
    en: 'the attached message is itself phishing',
    ja: '添付されたメール自体がフィッシングの疑いがあります',
    description: 'Headline phrase for attached-message-phish.',
  },
  'report.inAttachedMessage': {
    en: 'in the attached message',
    ja: '添付メール内',
    description: 'Before a finding of an attached message, listed under attached-message-phish.',
  },
};

export const attachedMessageRule: Rule = {
  id: 'attached-message',
  stage: 'message',
  reads:
    'Messages attached to this one (message/rfc822, .eml), analysed with the offline checks up to two levels deep: one that would itself be flagged.',
  produces: ['attached-message-phish'],
  messages,
  run: (c) => attachedMessageFindings(c.attachedMessages ?? [], c.settings.sensitivity),
};
