/** Registry entry of the link rule: what each link's text, host and form say (links were extracted by parse/links). */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { linkFindings } from './findings.js';

export const linksRule: Rule = {
  id: 'links',
  stage: 'message',
  reads: 'Every link: text that names another site, IP-address or punycode hosts, shorteners, and forms that ask for a password.',
  produces: ['link-text-mismatch', 'ip-literal-link', 'punycode-link', 'shortener-link', 'html-attachment-form', 'form-in-message'],
  messages,
  run: (c) => linkFindings(c.links),
};
