/** Registry entry of the generic-greeting rule (scams/generic-greeting.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { genericGreetingFindings } from './generic-greeting.js';

const messages: Catalog = {
  'finding.generic-greeting': {
    en: 'The message greets you as {phrase} instead of by name. A company that holds your account knows your name; mass phishing does not.',
    ja: '名前ではなく {phrase} と呼びかけています。口座や契約のある会社はあなたの名前を知っていますが、大量送信の詐欺メールは知りません。',
    description:
      'generic-greeting: "Dear customer/user/member", "Prezado(a) cliente", "Sehr geehrte Kundin"... (en, pt, de, es, fr, nl; not ja). {phrase}: the greeting (quoted).',
  },
  'finding.generic-greeting.short': {
    en: 'it greets you as {phrase}, not by name',
    ja: '名前ではなく {phrase} と呼びかけています',
    description: 'Headline phrase for generic-greeting.',
  },
};

export const genericGreetingRule: Rule = {
  id: 'generic-greeting',
  stage: 'message',
  reads: 'The text: a greeting to "Dear customer", "Dear user" or the like instead of the reader\'s name.',
  produces: ['generic-greeting'],
  messages,
  run: (c) => genericGreetingFindings(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html)),
};
