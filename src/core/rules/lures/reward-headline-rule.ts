/** Registry entry of the reward-headline rule (lures/reward-headline.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { rewardHeadlineFindings } from './reward-headline.js';

const messages: Catalog = {
  'finding.reward-headline': {
    en: 'The sender name or subject promises you a reward, gift or prize: {phrase}. Survey and gift-card scams open this way; a real promotion names the shop and the product.',
    ja: '差出人名または件名で、特典・ギフト・賞品を約束しています: {phrase}。アンケート詐欺やギフトカード詐欺の典型的な書き出しです。本物のキャンペーンは店名と商品を明記します。',
    description: 'reward-headline: display name or subject promising a reward, gift (card) or prize. {phrase}: the matched words (quoted).',
  },
  'finding.reward-headline.short': {
    en: 'the headline promises a reward ({phrase})',
    ja: '件名や差出人名で特典を約束しています（{phrase}）',
    description: 'Headline phrase for reward-headline.',
  },
};

export const rewardHeadlineRule: Rule = {
  id: 'reward-headline',
  stage: 'message',
  reads: 'The sender name and subject: a reward, gift, gift card or prize promised to the reader.',
  produces: ['reward-headline'],
  messages,
  run: (c) => rewardHeadlineFindings(c.msg.from?.name ?? '', c.msg.subject ?? ''),
};
