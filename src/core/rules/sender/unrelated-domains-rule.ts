/** Registry entry of the unrelated-domains rule (sender/unrelated-domains.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { unrelatedDomainsFindings } from './unrelated-domains.js';

const messages: Catalog = {
  'finding.unrelated-domains': {
    en: 'Three unrelated domains: the sender is at {from}, the message was made by a system at {messageId}, and the links go to {link}. Mail an organisation sends is made by its own or its mail provider’s system and links to its own site.',
    ja: '無関係な3つのドメインが使われています。送信者は {from}、メールを作ったシステムは {messageId}、リンク先は {link} です。正規の組織のメールは自社またはメール事業者のシステムで作られ、自社のサイトにリンクします。',
    description:
      'unrelated-domains: From domain, Message-ID domain and every clickable link domain all differ (Message-IDs of mailbox providers and bulk-mail services excepted). {from}, {messageId}: registrable domains; {link}: the first link domain; {links}: how many link domains.',
  },
  'finding.unrelated-domains.short': {
    en: 'sender, message maker and links are three unrelated domains',
    ja: '送信者・作成システム・リンク先が無関係な3つのドメインです',
    description: 'Headline phrase for unrelated-domains.',
  },
};

export const unrelatedDomainsRule: Rule = {
  id: 'unrelated-domains',
  stage: 'message',
  reads: 'The From domain, the Message-ID domain and every clickable link domain: three unrelated parties.',
  produces: ['unrelated-domains'],
  messages,
  run: (c) => unrelatedDomainsFindings(c.msg, c.links),
};
