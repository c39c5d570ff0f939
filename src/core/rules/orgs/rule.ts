/** Registry entries of the organisation-name rules (generated catalogue of banks, carriers, agencies, shops). */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { orgNameSenderFindings } from './org-name-sender.js';
import { orgNameLinkFindings } from './org-name-link-host.js';

export const orgNameSenderRule: Rule = {
  id: 'org-name-sender',
  stage: 'message',
  reads:
    'The display name and the tag opening the subject: an organisation of the generated catalogue claimed by an address at a free mailbox or at a domain it does not own.',
  produces: ['org-name-unrelated-sender'],
  messages,
  run: (c) =>
    orgNameSenderFindings({
      from: c.msg.from,
      subject: c.msg.subject ?? '',
      freeMail: c.facts.freeMail,
      listRewrite: c.facts.mailingList && /\bvia\b/i.test(c.msg.from?.name ?? ''),
      earlier: c.earlier,
    }),
};

export const orgNameLinkRule: Rule = {
  id: 'org-name-link-host',
  stage: 'message',
  reads: 'Every link host: the name of a catalogue organisation written in a host that organisation does not own.',
  produces: ['org-name-in-link-host'],
  messages,
  run: (c) => orgNameLinkFindings(c.links, c.msg.from?.domain || null),
};
