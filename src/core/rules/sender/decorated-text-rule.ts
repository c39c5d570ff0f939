/** Registry entry of the decorated-sender-text rule (sender/decorated-text.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { decoratedTextFindings } from './decorated-text.js';

const PARAMS =
  '{text}: the display name or subject (message text); {kind}: random-tag, small-capitals, struck-letters, swapped-letters or split-letters; {place}: name or subject.';

const messages: Catalog = {
  'finding.decorated-sender-text': {
    en: 'The sender name is disguised to get past spam filters: "{text}" (random codes, look-alike small letters or names broken by symbols). Real senders write their name plainly.',
    ja: '差出人名がスパムフィルターを避けるために加工されています:「{text}」（無作為な符号、見た目だけ似た小型英字、記号で区切った名前など）。正規の送信者は名前をそのまま書きます。',
    description: `decorated-sender-text in the From display name. ${PARAMS}`,
  },
  'finding.decorated-sender-text.short': {
    en: 'the sender name is disguised ("{text}")',
    ja: '差出人名が加工されています（「{text}」）',
    description: 'Headline phrase for decorated-sender-text (display name).',
  },
  'finding.decorated-sender-text-subject': {
    en: 'The subject is disguised to get past spam filters: "{text}" (random codes, look-alike small letters or words broken by symbols). Real senders write their subject plainly.',
    ja: '件名がスパムフィルターを避けるために加工されています:「{text}」（無作為な符号、見た目だけ似た小型英字、記号で区切った語など）。正規の送信者は件名をそのまま書きます。',
    description: `decorated-sender-text in the subject. ${PARAMS}`,
  },
  'finding.decorated-sender-text-subject.short': {
    en: 'the subject is disguised ("{text}")',
    ja: '件名が加工されています（「{text}」）',
    description: 'Headline phrase for decorated-sender-text (subject).',
  },
};

export const decoratedTextRule: Rule = {
  id: 'decorated-sender-text',
  stage: 'message',
  reads:
    'The From display name and the subject: random codes glued to the end, small-capital, struck-through or swapped letters, names broken by separators.',
  produces: ['decorated-sender-text'],
  messages,
  run: (c) => decoratedTextFindings(c.msg.from?.name ?? '', c.msg.subject ?? ''),
};
