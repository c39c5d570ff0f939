/** Registry entry of the scam-shape rule: money bait, call-back invoices, placeholders, brands nothing comes from. */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { scamFindings } from './index.js';

export const scamsRule: Rule = {
  id: 'scams',
  stage: 'message',
  reads:
    'The text and attachments: money bait, call-back invoices, the address used as a name, unfilled placeholders, scripts in HTML attachments, hidden text, a brand nothing in the message comes from.',
  produces: [
    'money-bait',
    'callback-invoice',
    'recipient-address-as-name',
    'template-placeholder',
    'html-attachment-script',
    'hidden-text-in-words',
    'lure-brand-elsewhere',
    'subject-brand-elsewhere',
  ],
  messages,
  run: (c) =>
    scamFindings({
      msg: c.msg,
      links: c.links,
      mailingList: c.facts.mailingList,
      credentialLure: c.earlier.some((f) => f.id === 'credential-lure'),
      htmlSource: c.html,
    }),
};
