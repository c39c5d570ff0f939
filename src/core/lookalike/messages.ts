/** Texts of lookalike findings, en + ja. */
import type { Catalog } from '../i18n/format.js';

export const messages: Catalog = {
  'finding.lookalike-domain': {
    en: '{host} looks like {domain} of {entity}, but it is a different domain ({how}).',
    ja: '{host} は {entity} の {domain} に似せた、別のドメインです（{how}）。',
    description: 'A sender, reply or link domain imitates a protected domain. {host}: the domain as shown (Unicode, with punycode in brackets when different); {domain}: the real domain it imitates; {entity}: brand or organisation; {how}: kind of trick (localized short phrase key lookalike.kind.*, rendered).',
  },
  'finding.brand-on-shared-host': {
    en: 'The link goes to {host}, a rented {platform} host, not to {entity}.',
    ja: 'リンク先 {host} は誰でも借りられる {platform} 上のホストで、{entity} のものではありません。',
    description: 'A brand name sits in the tenant part of a shared hosting platform where anyone can rent a name. {host}: full host; {platform}: the platform suffix (e.g. azurefd.net); {entity}: the brand imitated.',
  },
  'lookalike.kind.homoglyph': { en: 'letters that look alike', ja: '見た目が似た文字', description: 'Short phrase for {how}: characters swapped for look-alikes (Cyrillic а for Latin a, rn for m).' },
  'lookalike.kind.typo': { en: 'a misspelling', ja: 'つづりの誤り', description: 'Short phrase for {how}: one letter added, missing, swapped or changed.' },
  'lookalike.kind.tld-swap': { en: 'the same name under another ending', ja: '同じ名前で末尾（ドメインの種類）が違う', description: 'Short phrase for {how}: same name, different top-level domain (kagoya.co.jp for kagoya.jp).' },
  'lookalike.kind.combosquat': { en: 'the name with extra words', ja: '名前に別の語を付け足したもの', description: 'Short phrase for {how}: brand name combined with words like login or support.' },
  'lookalike.kind.shared-host': { en: 'a rented host', ja: '借りられるホスト', description: 'Short phrase for {how}: brand name on a shared hosting platform.' },
  'lookalike.kind.split-label': { en: 'the name split or glued across dots', ja: '名前をドットで分割・連結したもの', description: 'Short phrase for {how}: amaz.on.co.jp, xserverne.jp.' },
  'lookalike.kind.embedded': { en: 'the name placed in front of another domain', ja: '別のドメインの前に名前を置いたもの', description: 'Short phrase for {how}: paypal.com.example.net.' },
};
