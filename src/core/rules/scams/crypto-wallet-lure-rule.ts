/** Registry entry of the crypto-wallet lure (scams/crypto-wallet-lure.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { cryptoWalletLureFindings } from './crypto-wallet-lure.js';

const messages: Catalog = {
  'finding.crypto-wallet-lure': {
    en: 'The message talks about your crypto assets ({context}) and pushes a move wallet thieves rely on: {move}. Exchanges and wallet makers do not send download links, claim forms or wallet checks by mail; open their site or app yourself.',
    ja: '暗号資産（{context}）について書かれ、ウォレットを狙う詐欺の典型的な行動を促しています: {move}。取引所やウォレットの提供元がメールでダウンロードリンク、請求フォーム、ウォレットの確認を送ることはありません。公式サイトやアプリを自分で開いてください。',
    description:
      'crypto-wallet-lure: crypto-asset context plus withdrawal/bankruptcy claim, new app/extension/firmware, token migration, wallet verification or unsolicited tokens/NFT. {context}, {move}: the matched phrases (message text, quoted); {kind}: withdrawal, bankruptcy-claim, software, migration, wallet-check, account-alert or gift.',
  },
  'finding.crypto-wallet-lure.short': {
    en: 'it pushes a crypto-wallet move ({move})',
    ja: '暗号資産ウォレットに関する操作を促しています（{move}）',
    description: 'Headline phrase for crypto-wallet-lure; {move}: the matched phrase.',
  },
};

export const cryptoWalletLureRule: Rule = {
  id: 'crypto-wallet-lure',
  stage: 'message',
  reads:
    'The subject and text: crypto assets together with a withdrawal or bankruptcy claim, a new wallet app, extension or firmware, a token migration, a wallet check, or tokens to collect.',
  produces: ['crypto-wallet-lure'],
  messages,
  run: (c) => cryptoWalletLureFindings(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html)),
};
