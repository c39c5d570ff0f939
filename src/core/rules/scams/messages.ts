/** Texts of the scam-shape findings (en + ja). */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.money-bait': {
    en: 'The message offers you money you never asked for ({phrases}). Inheritances, crypto payouts and "sure" investments sent by strangers end in a fee, a deposit or a drained wallet.',
    ja: '頼んでもいないお金の話を持ちかけています ({phrases})。見知らぬ相手からの遺産・暗号資産の払い出し・確実な投資の話は、手数料や入金を求められたり、ウォレットを空にされたりして終わります。',
    description:
      'Money bait: advance-fee (inheritance, confidential fortune), a waiting crypto balance or withdrawal, investment returns, or tokens to claim; high when it asks to connect a wallet or gives the password of a funded account. {phrases}: matched phrases in 「」; {kinds}, {reason} (not shown): families and why high.',
  },
  'finding.callback-invoice': {
    en: "The message confirms a charge you probably never made ({amount}) and gives a phone number to call ({phone}). This is a call-back scam: the number belongs to the attacker. Check your real account on the vendor's own site instead.",
    ja: '身に覚えのない請求 ({amount}) を知らせ、電話をかけるよう番号 ({phone}) を示しています。電話をかけさせる詐欺の手口で、番号は攻撃者のものです。正規のサイトでご自身のアカウントを確認してください。',
    description:
      'Call-back (TOAD) invoice: an amount, a renewal/charge statement and a phone number to call. {amount}: the amount; {phone}: the phone number with the words before it; {charge} (not shown): the charge wording.',
  },
  'finding.recipient-address-as-name': {
    en: 'The message uses your e-mail address ({address}) where your name would be, in the {field}. It was written for a list of addresses, not by someone who knows you.',
    ja: '{field} で、名前の代わりにあなたのメールアドレス ({address}) を使っています。あなたを知る相手ではなく、アドレスの一覧に向けて送られたメールです。',
    description:
      'The recipient\'s own address (from To/Delivered-To) appears in the subject or in the greeting. {address}: the address; {field}: "subject" or "greeting".',
  },
  'finding.template-placeholder': {
    en: 'The {field} contains a mass-mailing placeholder that was never filled in ({placeholder}): it was sent by a bulk spam tool.',
    ja: '{field} に、差し込まれずに残った一斉送信用の置き換え記号 ({placeholder}) があります。迷惑メールの一斉送信ツールで送られたものです。',
    description:
      'An unfilled bulk-mailer placeholder (#UPPERCASE#, %%NAME%%, {{first_name}}) in the subject or text. {placeholder}: the token; {field}: "Subject" or "text".',
  },
  'finding.html-attachment-script': {
    en: 'The attached web page "{filename}" runs a script that decodes hidden content or sends you to another site when opened. Documents do not need that; it hides a fake login page from filters. Do not open it.',
    ja: '添付の Web ページ「{filename}」は、開くと隠された内容を復元したり別のサイトへ移動したりするスクリプトを含んでいます。文書には不要な仕組みで、偽のログイン画面をフィルタから隠すためのものです。開かないでください。',
    description:
      'An HTML/SVG attachment with a decoding loader (document.write(unescape()), atob, eval, fromCharCode), a scripted/meta redirect, a page opened from a data:/javascript: URL, or an SVG with a script or event handler. {filename}: attachment name; {kind} (not shown): decode, redirect, data-url or svg-script.',
  },
  'finding.hidden-text-in-words': {
    en: 'The message hides invisible text inside words ({count} places, e.g. "{sample}"): you read normal words, spam filters read gibberish. Honest senders have no reason to do this.',
    ja: '本文の単語の途中に見えない文字列が埋め込まれています ({count} か所、例:「{sample}」)。人には普通の単語に見えても、フィルタには意味のない文字列に見えるようにする手口です。',
    description:
      'Invisible HTML (font-size 0, display none, transparent colour, hidden, opacity 0) spliced between two letters of a word, at least twice. {count}: places; {sample}: some hidden fragments.',
  },
  'finding.lure-brand-elsewhere': {
    en: 'The message presses you to act on your {brand} account or money, but it neither comes from nor links to {brand} (sender domain {domain}; {brand} uses {domains}).',
    ja: '{brand} のアカウントやお金について対応を迫っていますが、送信元 ({domain}) は {brand} ではなく、リンク先にも {brand} のドメイン ({domains} など) はありません。',
    description:
      "A lure (credential-lure, money-bait or callback-invoice) plus a known brand named in the subject or opening text, while the From domain is not the brand's and no link goes to its domains. {brand}: brand; {domain}: From domain; {domains}: some brand domains.",
  },
  'finding.subject-brand-elsewhere': {
    en: 'The subject speaks for {brand}, but the message neither comes from nor links to {brand} (sender domain {domain}; {brand} uses {domains}).',
    ja: '件名は {brand} からの連絡のように見えますが、送信元 ({domain}) は {brand} ではなく、リンク先にも {brand} のドメイン ({domains} など) はありません。',
    description:
      "A known brand named in the subject while the From domain is not the brand's and no link goes to its domains (mailing-list posts excluded). {brand}: brand; {domain}: From domain; {domains}: some brand domains.",
  },
};
