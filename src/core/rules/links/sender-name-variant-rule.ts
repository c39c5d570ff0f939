/** Registry entry of the sender-name-variant-link rule (links/sender-name-variant.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { senderNameVariantFindings } from './sender-name-variant.js';

const messages: Catalog = {
  'finding.sender-name-variant-link': {
    en: "A link leads to {host}, a different domain built from the sender's name {sender}, and the sender was not authenticated. Forgers register such combinations because they cannot put a page on the real domain.",
    ja: 'リンク先の {host} は、差出人 {sender} の名前を使って作られた別のドメインで、差出人は認証されていません。偽の送信者は本物のドメインにページを置けないため、このような組み合わせのドメインを登録します。',
    description:
      "sender-name-variant-link: a clicked link's registrable name contains the From domain's name (4+ characters) as a whole part (each side: start/end, hyphen or digit) but is another domain; not when the From domain passed authentication. {host}: the first such link host; {sender}: the From domain; {count}: links found.",
  },
  'finding.sender-name-variant-link.short': {
    en: "a link goes to a variant of the sender's name ({host})",
    ja: 'リンク先が差出人の名前を使った別のドメインです（{host}）',
    description: 'Headline phrase for sender-name-variant-link.',
  },
};

const VERIFIED = new Set(['sender-domain-verified', 'verified-unknown-domain', 'verified-open-mailbox']);

export const senderNameVariantLinkRule: Rule = {
  id: 'sender-name-variant-link',
  stage: 'authentication',
  reads:
    "Every clicked link: another domain made of the sender's domain name plus other words or digits, when the sender is not authenticated.",
  produces: ['sender-name-variant-link'],
  messages,
  run: (c) =>
    senderNameVariantFindings(
      c.links,
      c.msg.from?.domain || null,
      c.earlier.some((f) => VERIFIED.has(f.id)),
    ),
};
