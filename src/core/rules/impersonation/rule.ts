/** Registry entry of the impersonation rule: how the sender presents itself (brand claims, obfuscated names). */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { impersonationFindings } from './index.js';

export const impersonationRule: Rule = {
  id: 'impersonation',
  stage: 'message',
  reads:
    'The display name and subject: a brand the address does not belong to, hidden or look-alike characters, impossible From addresses.',
  produces: [
    'display-name-brand-mismatch',
    'hidden-characters',
    'mixed-script-text',
    'styled-text',
    'alarm-display-name',
    'malformed-from-address',
  ],
  messages,
  run: (c) => impersonationFindings({ msg: c.msg, links: c.links, mailingList: c.facts.mailingList, freeMail: c.facts.freeMail }),
};
