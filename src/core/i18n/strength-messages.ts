/** How strong the evidence of phishing is (Report.strength), the words a user sees instead of a score (issue #12). */
import type { Catalog } from './format.js';

export const messages: Catalog = {
  'report.strength': {
    en: 'Evidence of phishing',
    ja: 'フィッシングの根拠',
    description: 'Label before the strength word (Report.strength).',
  },
  'strength.strong': {
    en: 'strong',
    ja: '強い',
    description: 'Strength word: the evidence reaches the danger level of the learned model.',
  },
  'strength.some': { en: 'some', ja: 'ある程度', description: 'Strength word: enough evidence to warn (caution level).' },
  'strength.weak': { en: 'weak', ja: '弱い', description: 'Strength word: a little evidence, not enough to warn.' },
  'strength.none': { en: 'none', ja: 'なし', description: 'Strength word: nothing points to phishing.' },
};
