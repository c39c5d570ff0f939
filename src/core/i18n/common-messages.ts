import type { Catalog } from './format.js';

export const messages: Catalog = {
  'verdict.danger': { en: 'Dangerous', ja: '危険', description: 'Verdict word: the message is very likely phishing.' },
  'verdict.caution': { en: 'Be careful', ja: '注意', description: 'Verdict word: some warning signs.' },
  'verdict.ok': {
    en: 'No problems found',
    ja: '問題は見つかりません',
    description: 'Verdict word: checks passed; not a promise of safety.',
  },
  'verdict.unknown': { en: 'Could not check', ja: '確認できません', description: 'Verdict word: too little could be verified.' },
};
