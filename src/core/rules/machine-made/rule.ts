/** Registry entry of the machine-made-sender rule (character model of legitimate senders, rules/machine-made). */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { randomSenderFindings } from './random-sender.js';

export const randomSenderRule: Rule = {
  id: 'random-sender',
  stage: 'message',
  reads:
    'The From local part, display name and subject words: a token far likelier typed at random than written as a word of legitimate mail.',
  produces: ['random-looking-sender'],
  messages,
  run: (c) => randomSenderFindings(c.msg.from, c.msg.subject ?? ''),
};
