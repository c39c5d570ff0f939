/** Registry entry of the random-looking-domain rule (machine-made/random-domain.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { randomDomainFindings } from './random-domain.js';

const PARAMS = '{token}: the most random-looking label or local part; {address}: the address it is in; {where}: every place with one.';

const messages: Catalog = {
  'finding.random-looking-domain': {
    en: 'The sender domain looks machine-made: {token} in {address}. Campaigns register domains in bulk with random names like this; organisations choose names people can read.',
    ja: '差出人のドメインが機械的に作られたように見えます: {address} の {token}。迷惑メールの送信者はこのような無作為の名前のドメインを大量に登録します。正規の組織は読める名前を選びます。',
    description: `random-looking-domain in a label of the From domain (below the public suffix). ${PARAMS}`,
  },
  'finding.random-looking-domain-reply': {
    en: 'Replies go to a machine-made address: {token} in {address}. Campaigns open reply boxes in bulk with random names like this; organisations ask for replies at addresses people can read.',
    ja: '返信先が機械的に作られたアドレスです: {address} の {token}。迷惑メールの送信者はこのような無作為の名前の返信先を大量に用意します。正規の組織は読めるアドレスで返信を受けます。',
    description: `random-looking-domain in the Reply-To local part or domain (Reply-To differing from From). ${PARAMS}`,
  },
  'finding.random-looking-domain.short': {
    en: 'a sender or reply address looks machine-made ({token})',
    ja: '差出人または返信先のアドレスが機械的に作られたように見えます（{token}）',
    description: 'Headline phrase for random-looking-domain.',
  },
};

export const randomDomainRule: Rule = {
  id: 'random-domain',
  stage: 'message',
  reads: 'The From domain labels and the Reply-To address: a label or local part far likelier typed at random than chosen to be read.',
  produces: ['random-looking-domain'],
  messages,
  run: (c) =>
    randomDomainFindings(
      c.msg.from,
      c.msg.replyTo,
      c.earlier.some((f) => f.id === 'random-looking-sender' && f.params.place === 'address'),
    ),
};
