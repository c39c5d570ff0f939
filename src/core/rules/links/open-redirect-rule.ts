/** Registry entry of the open-redirect rule (open-redirect.ts): a link bounced through another site's redirect. */
import type { Rule } from '../rule.js';
import type { Catalog } from '../../i18n/format.js';
import { openRedirectFindings } from './open-redirect.js';

const messages: Catalog = {
  'finding.redirect-chain': {
    en: "A link goes through a redirect on another site ({via}) to {target}. Phishing borrows well-known sites' redirects so the link looks safe; what opens is {target}.",
    ja: 'リンクは無関係なサイト ({via}) の転送機能を経由して {target} へ移動します。フィッシングは有名サイトの転送機能を借りてリンクを安全そうに見せます。実際に開くのは {target} です。',
    description:
      'A link that carries its destination in the URL (e.g. ?url=, a search engine click URL) through a redirect on a site unrelated to the sender and to the destination. {via}: the redirect host; {target}: the final host; {count}: such links (not shown).',
  },
  'finding.redirect-chain.short': {
    en: 'a link hides its destination behind {via}',
    ja: 'リンクの行き先が {via} の転送で隠されています',
    description: 'Headline phrase for redirect-chain; {via} the redirect host.',
  },
};

export const openRedirectRule: Rule = {
  id: 'redirect-chain',
  stage: 'message',
  reads:
    "Every link that carries another URL: a redirect on a site unrelated to the sender and to the destination (not the sender's own click tracking).",
  produces: ['redirect-chain'],
  messages,
  run: (c) => openRedirectFindings(c.msg, c.links),
};
