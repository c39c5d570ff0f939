/**
 * More Japanese lure phrases (issue #12: Japanese phishing missed on cross-validation). Same families and combination
 * rules as phrases.ts (a threat counts only with an action, a deadline or pressure) and the same constraints: the text
 * is NFKC, lower-case, with the spaces between Japanese characters removed (normalize.ts: `三 井 住 友`,
 * `一時停 止`), so patterns are written without spaces; linear patterns with bounded gaps only.
 *
 * Kinds of lure these cover, as an analyst would say them:
 *  - "a charge or order you did not make: click the link to cancel it" (the fake card-use / order notice);
 *  - "prove who you are" written as 身元確認 rather than 本人確認;
 *  - "your payment / verification / registration was not completed, act now";
 *  - "your contract must be upgraded";
 *  - "miles or points not yet credited to you expire soon" (claim them now);
 *  - the push: re-register your ID and password, log in and then..., the button "check your payment details",
 *    "…はこちら" under a threat, and "at once" (すぐに) pushing that step.
 */
import type { PhraseFamily } from './phrases.js';

export const JA_THREAT_FAMILIES: readonly PhraseFamily[] = [
  {
    // A use of the account or card the reader is told they may not recognise, with a link to "cancel" or "check" it.
    // A card company's own alert sends the reader to the phone number on the card, not to a link (tests keep that).
    id: 'unrecognised-charge',
    patterns: [
      /(使用|利用|購入|注文|ログイン|取引|決済)(した|された|の)?(覚え|心当たり|身に覚え|記憶)(が|の)(ない|無い|ございません|ありません).{0,40}(リンク|クリック|url|ボタン)/,
      /(別の|他の)(デバイス|端末|場所|国).{0,30}(注文|購入|ログイン|アクセス).{0,60}(キャンセル|クリック|リンク)/,
    ],
  },
  {
    id: 'verification',
    patterns: [
      /身元(を|の)?(確認|証明)/,
      /(認証|本人確認|認証設定|登録|お手続き|手続き|更新)(が|は)?(未完了|完了しておらず|完了していない|完了しておりません)/,
      /(契約|アカウント|会員|サービス).{0,12}アップグレード(する|が)必要/,
    ],
  },
  {
    // Points, miles or a refund "not yet credited" that expire unless the reader claims them: the bait of reward
    // phishing. A mileage column explaining retro-credit (未加算のマイルは事後登録できます) names no expiry and stays out.
    id: 'prize',
    patterns: [/未(加算|付与|受取|受け取り)の?(マイル|ポイント|報酬|給付金|還付金).{0,20}(有効期限|失効|期限)/],
  },
  {
    id: 'payment',
    patterns: [
      /(決済|お支払い|支払い|お引き?落とし|引き?落とし)(処理|手続き)?(が|は)?(正常に)?(完了しておらず|完了していない|完了できません|未完了|行われませんでした|できませんでした)/,
    ],
  },
];

/** What the reader is told to do. */
export const JA_ACTION_PATTERNS: readonly RegExp[] = [
  /再登録(して|し|を|の上|のうえ|する)/,
  /(ログイン|アクセス|確認)(の|した)?うえ/,
  /(ご利用確認|ご確認|ログイン|お手続き|本人確認)は(こちら|以下|下記)/,
  /(お?支払い?|決済|カード|アカウント|お客様|会員)情報を(確認|更新|入力|登録)する/,
];

// No Japanese deadline phrases beyond phrases.ts: a reply deadline (回答期限, 期限を過ぎた場合) is what a bank's own
// customer-information review really says, so it does not tell phishing from the bank (tests keep that).

/**
 * Pressure: "at once" pushing the credential step itself (re-register, log in, click, cancel). A bank's own alert
 * says "すぐにお電話ください" (call us at once), which stays out. Counts only next to a threat, like the others.
 */
export const JA_WEAK_URGENCY_PATTERNS: readonly RegExp[] = [
  /(すぐに|直ちに|今すぐに).{0,30}(再登録|ログイン|パスワード|クリック|アクセス|キャンセル|入力)/,
];
