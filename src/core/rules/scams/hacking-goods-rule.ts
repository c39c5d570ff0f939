/** Registry entry of the hacking-goods-offer rule (scams/hacking-goods.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { hackingGoodsFindings } from './hacking-goods.js';

const messages: Catalog = {
  'finding.hacking-goods-offer': {
    en: 'The message sells tools of the phishing trade ({words}): hacked servers, mail relays, stolen accounts. Such shops mail addresses they harvested; do not reply or visit.',
    ja: 'フィッシングの道具を販売するメールです（{words}）: 乗っ取ったサーバー、メール送信の中継、盗んだアカウントなど。このような業者は収集したアドレスに送りつけます。返信やアクセスはしないでください。',
    description:
      'hacking-goods-offer: four or more trade words (cPanels, shells, SMTPs, RDPs, mailers, leads, webmails...). {words}: the words found.',
  },
  'finding.hacking-goods-offer.short': {
    en: 'it sells hacking tools and stolen access',
    ja: 'ハッキングの道具や盗んだアクセス権を販売しています',
    description: 'Headline phrase for hacking-goods-offer.',
  },
};

export const hackingGoodsRule: Rule = {
  id: 'hacking-goods-offer',
  stage: 'message',
  reads: 'The subject and text: an offer of hacked servers, shells, SMTP relays, mailers, remote desktops, stolen webmails or leads.',
  produces: ['hacking-goods-offer'],
  messages,
  run: (c) => hackingGoodsFindings(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html)),
};
