/** Registry entry of the lure rule: account threats and deadlines in the subject and text. */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { lureFindings } from './index.js';

export const luresRule: Rule = {
  id: 'lures',
  stage: 'message',
  reads: 'The subject and text: a threat to an account, mailbox, payment or parcel together with a push to act or a deadline.',
  produces: ['credential-lure', 'urgency-lure'],
  messages,
  run: (c) =>
    lureFindings({
      subject: c.msg.subject,
      text: c.msg.text,
      html: c.msg.html,
      links: c.links,
      htmlSource: c.html,
      fromDomain: c.msg.from?.domain,
    }),
};
