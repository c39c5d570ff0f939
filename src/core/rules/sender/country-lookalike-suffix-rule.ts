/** Registry entry of the country-lookalike-suffix rule (sender/country-lookalike-suffix.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { countryLookalikeSuffixFindings } from './country-lookalike-suffix.js';

const messages: Catalog = {
  'finding.country-lookalike-suffix': {
    en: 'The sender {address} uses a name under ".{suffix}", which looks like a country’s domain but is sold by a private company to anyone. It makes a sender look local without any of the country’s checks.',
    ja: '送信者 {address} は「.{suffix}」の下の名前を使っています。これは国のドメインに見えますが、民間企業が誰にでも販売している名前です。国の審査なしに、その国の送信者のように見せかけられます。',
    description:
      'country-lookalike-suffix: the From domain is registered under a country-like second-level name of a reseller (sa.com, uk.com, com.de, co.ua...; PSL private section). {address}: the From address; {suffix}: that name.',
  },
  'finding.country-lookalike-suffix.short': {
    en: 'the sender’s domain imitates a country domain (.{suffix})',
    ja: '送信者のドメインが国のドメインに似せた名前です（.{suffix}）',
    description: 'Headline phrase for country-lookalike-suffix.',
  },
};

export const countryLookalikeSuffixRule: Rule = {
  id: 'country-lookalike-suffix',
  stage: 'message',
  reads: 'The From domain: a name under a reseller’s country-like second-level domain (sa.com, uk.com, com.de).',
  produces: ['country-lookalike-suffix'],
  messages,
  run: (c) => countryLookalikeSuffixFindings(c.msg),
};
