/** Registry entry of the injected-greeting rule (scams/injected-greeting.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { injectedGreetingFindings } from './injected-greeting.js';

const messages: Catalog = {
  'finding.injected-greeting': {
    en: "Where this automatic mail should greet you by name, it shows a web address or a sum of money: {text}. Someone typed that into a real service's form so the service would deliver it to you; do not follow it.",
    ja: 'この自動送信メールで名前が入るべき所に、Web アドレスや金額が入っています: {text}。第三者が正規サービスのフォームに入力し、サービスにあなた宛てに送らせたものです。従わないでください。',
    description:
      'injected-greeting: a greeting followed directly by a URL or an amount (text), or a greeting and a host with a path in the subject. {text}: the matched words (quoted); {place}: subject or text.',
  },
  'finding.injected-greeting.short': {
    en: 'a web address or amount stands where your name should be',
    ja: '名前の位置に Web アドレスや金額が入っています',
    description: 'Headline phrase for injected-greeting.',
  },
};

export const injectedGreetingRule: Rule = {
  id: 'injected-greeting',
  stage: 'message',
  reads: "The greeting of the text and the subject: a web address or a sum of money where the reader's name should be.",
  produces: ['injected-greeting'],
  messages,
  run: (c) => injectedGreetingFindings(lureText(c.msg.subject ?? '', '', ''), lureText('', c.msg.text, c.msg.html, c.html)),
};
