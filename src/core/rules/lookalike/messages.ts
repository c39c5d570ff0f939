/** Texts of lookalike findings, en + ja. One key per trick so each language reads naturally. */
import type { Catalog } from '../../i18n/format.js';

const P =
  '{host}: the domain as shown (Unicode, punycode in brackets when different); {domain}: the real domain it imitates; {entity}: brand or organisation.';

export const messages: Catalog = {
  'finding.lookalike-domain': {
    en: '{host} imitates {domain} ({entity}), but it is a different domain.',
    ja: '{host} は {entity} の {domain} に似せた、別のドメインです。',
    description: `A sender, reply or link domain imitates a protected domain (generic text). ${P}`,
  },
  'finding.lookalike-domain.homoglyph': {
    en: '{host} uses look-alike letters to pass for {domain} ({entity}).',
    ja: '{host} は見た目が似た文字を使って {entity} の {domain} に見せかけています。',
    description: `Lookalike by confusable characters (Cyrillic а for a, rn for m, 1 for l). ${P}`,
  },
  'finding.lookalike-domain.typo': {
    en: '{host} is a misspelling of {domain} ({entity}).',
    ja: '{host} は {entity} の {domain} のつづりを少し変えたものです。',
    description: `Lookalike by a letter added, missing, swapped or changed. ${P}`,
  },
  'finding.lookalike-domain.tld-swap': {
    en: '{host} has the name of {domain} with another ending; {entity} does not own it.',
    ja: '{host} は {domain} と同じ名前で末尾だけが違い、{entity} のものではありません。',
    description: `Same name under another top-level domain (kagoya.co.jp for kagoya.jp). ${P}`,
  },
  'finding.lookalike-domain.combosquat': {
    en: '{host} adds words to the name of {entity}; it is not {domain}.',
    ja: '{host} は {entity} の名前に語を付け足したもので、{domain} ではありません。',
    description: `Brand name combined with words like login or support. ${P}`,
  },
  'finding.lookalike-domain.split-label': {
    en: '{host} spells {domain} ({entity}) with the dots moved; it is a different domain.',
    ja: '{host} は {entity} の {domain} のドットの位置を変えた、別のドメインです。',
    description: `The name split or glued across dots (amaz.on.co.jp, xserverne.jp). ${P}`,
  },
  'finding.lookalike-domain.embedded': {
    en: '{host} puts the name of {entity} in front of another domain; it is not {domain}.',
    ja: '{host} は別のドメインの前に {entity} の名前を置いたもので、{domain} ではありません。',
    description: `The brand or its domain used as a subdomain of someone else's domain (paypal.com.example.net). ${P}`,
  },
  'finding.brand-on-shared-host': {
    en: 'The link goes to {host}, a rented {platform} host, not to {entity}.',
    ja: 'リンク先 {host} は誰でも借りられる {platform} 上のホストで、{entity} のものではありません。',
    description:
      'A brand name sits in the tenant part of a shared hosting platform where anyone can rent a name. {host}: full host; {platform}: the platform suffix (e.g. azurefd.net); {entity}: the brand imitated.',
  },
  'finding.brand-on-shared-host.sender': {
    en: 'The sender address is on {host}, a rented {platform} host, not at {entity}.',
    ja: '差出人のアドレスは誰でも借りられる {platform} 上のホスト {host} にあり、{entity} のものではありません。',
    description: 'As finding.brand-on-shared-host, for From/Reply-To/Return-Path/display-name domains instead of links.',
  },
  'lookalike.kind.homoglyph': {
    en: 'look-alike letters',
    ja: '見た目が似た文字',
    description: 'Short label of a lookalike kind (UI chips, CLI).',
  },
  'lookalike.kind.typo': { en: 'misspelling', ja: 'つづりの誤り', description: 'Short label of a lookalike kind.' },
  'lookalike.kind.tld-swap': {
    en: 'other ending',
    ja: '末尾が違う',
    description: 'Short label of a lookalike kind: same name, other TLD.',
  },
  'lookalike.kind.combosquat': { en: 'name with extra words', ja: '名前に語を追加', description: 'Short label of a lookalike kind.' },
  'lookalike.kind.shared-host': {
    en: 'rented host',
    ja: '借りられるホスト',
    description: 'Short label of a lookalike kind: brand on shared hosting.',
  },
  'lookalike.kind.split-label': { en: 'dots moved', ja: 'ドットの位置を変更', description: 'Short label of a lookalike kind.' },
  'lookalike.kind.embedded': {
    en: 'name in front of another domain',
    ja: '別ドメインの前に名前',
    description: 'Short label of a lookalike kind.',
  },
};
