/** Registry entry of the scam-story rule (scams/scam-stories.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { scamStoryFindings } from './scam-stories.js';

const messages: Catalog = {
  'finding.survey-prize-lure': {
    en: 'The message says you were selected for a prize and asks you to answer a short survey ({phrases}). This is how gift scams work: the "gift" ends with a card number for shipping.',
    ja: '賞品に選ばれたと伝え、簡単なアンケートへの回答を求めています（{phrases}）。プレゼント詐欺の典型的な手口で、最後に「送料」としてカード番号を入力させます。',
    description:
      'survey-prize-lure: "you were selected"/congratulations plus a short survey to answer (en, de, pt, es, fr, nl). {phrases}: the matched phrases (quoted).',
  },
  'finding.survey-prize-lure.short': {
    en: 'it promises a prize for a short survey',
    ja: 'アンケートの回答で賞品がもらえるとうたっています',
    description: 'Headline phrase for survey-prize-lure.',
  },
  'finding.casino-bonus-lure': {
    en: 'The message offers a casino bonus ({phrases}). Unsolicited gambling offers are scams or lead to one, whatever name they use.',
    ja: 'カジノのボーナスを勧めています（{phrases}）。頼んでいないギャンブルの勧誘は、どの名前を使っていても詐欺か詐欺への入り口です。',
    description:
      'casino-bonus-lure: casino, free spins, jackpot or slot games together with a bonus. {phrases}: the matched phrases (quoted).',
  },
  'finding.casino-bonus-lure.short': {
    en: 'it offers a casino bonus',
    ja: 'カジノのボーナスを勧めています',
    description: 'Headline phrase for casino-bonus-lure.',
  },
  'finding.windows-only-document': {
    en: 'The message says its document can only be opened on a Windows computer ({phrases}). Statements and tax forms have no such limit: the "document" is a program meant to run on your computer.',
    ja: '文書は Windows パソコンでしか開けないと書かれています（{phrases}）。明細書や税務書類にそのような制限はありません。「文書」はパソコンで実行させるためのプログラムです。',
    description:
      'windows-only-document: a document said to open only on a Windows computer (malware delivery). {phrases}: the matched phrase (quoted).',
  },
  'finding.windows-only-document.short': {
    en: 'its "document" opens only on Windows',
    ja: '「文書」が Windows でしか開けないとしています',
    description: 'Headline phrase for windows-only-document.',
  },
  'finding.fake-antivirus-renewal': {
    en: 'The message says your antivirus protection has expired or your device is unprotected, and pushes a discounted renewal ({phrases}). This is the fake-antivirus scam: the renewal page takes your card. Check the subscription in the program itself.',
    ja: 'ウイルス対策の期限切れやデバイスが保護されていないと伝え、割引更新を迫っています（{phrases}）。偽のウイルス対策ソフト詐欺で、更新ページでカード情報が盗まれます。契約状況はソフト本体で確認してください。',
    description:
      'fake-antivirus-renewal: antivirus/protection subscription expired or device unprotected, plus a discount or a push to renew (en, de). {phrases}: the matched phrases (quoted).',
  },
  'finding.fake-antivirus-renewal.short': {
    en: 'it pushes a discounted antivirus renewal',
    ja: 'ウイルス対策の割引更新を迫っています',
    description: 'Headline phrase for fake-antivirus-renewal.',
  },
  'finding.breach-pretext-lure': {
    en: "The message reports a data breach and asks you to install an update, move your funds or verify your account ({phrases}). A breach is the usual pretext: what you install or enter is what gets stolen. Check the company's own site.",
    ja: 'データ漏えいを知らせ、更新のインストール、資産の移動、アカウントの確認を求めています（{phrases}）。漏えいは口実としてよく使われ、インストールや入力したものが盗まれます。会社の公式サイトで確認してください。',
    description:
      'breach-pretext-lure: a data breach or security incident plus a push to install an update/firmware, move assets, give a recovery phrase or verify the wallet/account. {phrases}: the matched phrases (quoted).',
  },
  'finding.breach-pretext-lure.short': {
    en: 'a "data breach" is the pretext for an update or a check',
    ja: '「データ漏えい」を口実に更新や確認を求めています',
    description: 'Headline phrase for breach-pretext-lure.',
  },
  'finding.callback-alert': {
    en: 'A sign-in or transaction alert tells you to phone a number if it was not you ({phrases}). Real alerts send you to the app or the website; a number in the mail reaches whoever sent it.',
    ja: 'ログインや取引の通知で、心当たりがなければ電話するよう求めています（{phrases}）。本物の通知はアプリや公式サイトへ案内します。メールに書かれた番号は送り主につながります。',
    description:
      'callback-alert: a sign-in/transaction alert plus a phone number to call (toll-free, or "call us"). {phrases}: the matched phrases (quoted).',
  },
  'finding.callback-alert.short': {
    en: 'an alert asks you to phone a number',
    ja: '通知が電話をかけるよう求めています',
    description: 'Headline phrase for callback-alert.',
  },
};

export const scamStoriesRule: Rule = {
  id: 'scam-stories',
  stage: 'message',
  reads:
    'The subject and text: a prize for a short survey, a casino bonus, a document that opens only on Windows, an expired antivirus with a discounted renewal, a data breach as pretext for an update or check, or an alert that asks you to phone a number.',
  produces: [
    'survey-prize-lure',
    'casino-bonus-lure',
    'windows-only-document',
    'fake-antivirus-renewal',
    'breach-pretext-lure',
    'callback-alert',
  ],
  messages,
  run: (c) => scamStoryFindings(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html)),
};
