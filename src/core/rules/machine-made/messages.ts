/** Texts of the machine-made-sender finding (one key per place the token was found), en + ja, with banner headlines. */
import type { Catalog } from '../../i18n/format.js';

const PARAMS =
  '{token}: the most random-looking token; {place} (not shown): address, name or subject; {where}: every place with one; {address}: From address.';

export const messages: Catalog = {
  'finding.random-looking-sender': {
    en: 'The sender address looks machine-made: {token}. Mass mailing tools fill in random names like this; people and real services do not.',
    ja: '差出人アドレスが機械的に作られたように見えます: {token}。大量送信ツールはこのような無作為の名前を使います。人や正規のサービスは使いません。',
    description: `The From local part has a token that a character model of legitimate senders finds far likelier typed at random than written as a word. ${PARAMS}`,
  },
  'finding.random-looking-sender.short': {
    en: 'the sender address looks machine-made ({token})',
    ja: '差出人アドレスが機械的に作られたように見えます（{token}）',
    description: 'Headline phrase for random-looking-sender (address).',
  },
  'finding.random-looking-sender-name': {
    en: 'The sender name looks machine-made: {token}. Mass mailing tools fill in random names like this; people and real services do not.',
    ja: '差出人名が機械的に作られたように見えます: {token}。大量送信ツールはこのような無作為の名前を使います。人や正規のサービスは使いません。',
    description: `random-looking-sender found in the From display name. ${PARAMS}`,
  },
  'finding.random-looking-sender-name.short': {
    en: 'the sender name looks machine-made ({token})',
    ja: '差出人名が機械的に作られたように見えます（{token}）',
    description: 'Headline phrase for random-looking-sender (display name).',
  },
  'finding.random-looking-sender-subject': {
    en: 'The subject contains a machine-made string: {token}. Mass mailing tools add random strings like this to get past filters.',
    ja: '件名に機械的に作られた文字列があります: {token}。大量送信ツールはフィルターを避けるためにこのような無作為の文字列を加えます。',
    description: `random-looking-sender found in a subject word. ${PARAMS}`,
  },
  'finding.random-looking-sender-subject.short': {
    en: 'the subject carries a machine-made string ({token})',
    ja: '件名に機械的な文字列があります（{token}）',
    description: 'Headline phrase for random-looking-sender (subject).',
  },
};
