/**
 * Phrase tables for credential and urgency lures, English and Japanese. Matched against text normalised by
 * normalize.ts (NFKC, lower-case, invisible characters removed, whitespace collapsed), so patterns use
 * lower-case ASCII, half-width digits and single spaces.
 *
 * Every pattern is linear: no nested quantifiers, only bounded gaps like `.{0,20}` between fixed words.
 * A single word ("password", "account") is never a lure on its own: a family matches a threat or state
 * (expiry, lockout, suspension, held mail...) next to the thing threatened.
 */

export interface PhraseFamily {
  /** Stable family id, reported in finding params. */
  id: string;
  patterns: readonly RegExp[];
}

/** Threats to an account, mailbox, payment method or parcel: the "credential" side of a lure. */
export const THREAT_FAMILIES: readonly PhraseFamily[] = [
  {
    id: 'password-expiry',
    patterns: [
      /your (e-?mail |mailbox |account |office ?365 |outlook )?password.{0,30}(will expire|expires|has expired|is expiring|will stop working|is about to expire|will be (?:reset|disabled|deactivated))/,
      /password (expiration|expiry|expired) (notice|notification|alert|reminder|warning)/,
      /(expiration|expiry) of your password/,
      /パスワード.{0,20}(有効期限|期限切れ|失効|機能しなく|無効にな|使用できなくな|リセットされ)/,
      /(有効期限|期限).{0,20}パスワード/,
    ],
  },
  {
    id: 'account-lockout',
    patterns: [
      /(mailbox|e-?mail account|your account|account access|webmail|outlook|office ?365).{0,30}(locked|suspended|disabled|deactivated|terminated|restricted|blocked|closed|on hold)/,
      /(lock|block|suspend|deactivate|disable|terminate|close)(ed)? your (e-?mail |mail )?(account|mailbox)/,
      /your [a-z0-9]{2,12} account.{0,30}(locked|suspended|disabled|deactivated|terminated|restricted|blocked|on hold)/,
      /ロックアウト/,
      /(アカウント|メールボックス|メールアカウント).{0,15}(ロック|停止|凍結|制限|無効|閉鎖|削除)/,
      /(ロック|凍結|利用制限).{0,10}(され|いたし|します|しました)/,
      /(ご?利用|取引|出金|入金|送金).{0,10}(制限|規制)(させて|いたし|して|し|され)/,
      /(自動|強制)(的に)?退会/,
      /退会処理/,
    ],
  },
  {
    id: 'verification',
    patterns: [
      /(verify|confirm|validate|re-?activate|update) your (account|identity|e-?mail|mailbox|password|login|information|details|billing|payment)/,
      /(account|identity) (verification|confirmation) (is )?required/,
      /unusual (sign-?in|login|activity)/,
      /本人確認/,
      /再認証/,
      /(アカウント|ログイン|登録)情報.{0,15}(確認|更新|入力)/,
      /不正(な)?(ログイン|アクセス|利用)/,
      /不正(使用|利用)の?(疑い|可能性)/,
      /第三者.{0,20}(使用|利用|アクセス|ログイン)/,
      /(ご利用状況|ご利用|取引)の?(確認|照会)(の|を)?(お願い|ため)/,
      /セキュリティ(チェック|確認)/,
      /異常(が|を)?(検知|発見|見つか)/,
      /(お客様|会員|登録|カード|配送)情報.{0,10}(確認|更新|変更|補充|再登録)/,
      /(suspicious|unauthori[sz]ed) (activity|sign-?in|login|access|transaction)/,
      /confirm (that )?you are the (real |rightful )?owner/,
      /(webmail|e-?mail|mailbox|cpanel) (upgrade|version switch|configuration|validation|deactivation)/,
      // Bank "security review" letters: fraud said to be seen, accounts under review, access limited until confirmed.
      /fraudulent (activity|transactions?|charges?) (has|have) been (registered|detected|noticed|reported)/,
      /prove your identity/,
      /confirm (your )?account (information|records|details|ownership)/,
      /(review|audit) of (our|your) (member |customer )?accounts/,
      /temporar(il)?y (limited|suspended|restricted|locked) (your )?(access|account)/,
      /(unproved|unverified|unconfirmed|not proved|not verified|not confirmed) accounts? will be/,
      /fill in (your|the required) (card )?information/,
      /(complete|finish) (the |your )?(latest |required |pending |mandatory )?(2fa |two-factor |kyc |identity |account |security )?verification/,
      /account has been (randomly )?flagged|routine security (measures|check)/,
    ],
  },
  {
    id: 'storage-full',
    patterns: [
      /(mailbox|storage|quota|inbox).{0,20}(is full|almost full|exceeded|reached its limit|over (?:its|the) limit)/,
      /(容量|ストレージ|メールボックス).{0,15}(超過|不足|いっぱい|上限)/,
      /storage (could be|will be|is) (full|running out)/,
      /(storage|quota) (alert|warning)/,
      /storage (limit|quota|space) (reached|exceeded|full)|(photos|videos|files|data) (deletion|removal) (is )?(scheduled|pending)/,
      /prevent (your )?(photos|videos|files)( (and|&) (photos|videos|files))? (deletion|removal|from being deleted)/,
    ],
  },
  {
    id: 'held-mail',
    patterns: [
      /(pending|undelivered|held|blocked|quarantined) (incoming )?(e-?mails|messages|mails)/,
      /(messages|e-?mails) (are |were |have been )?(on hold|held|pending delivery|not delivered)/,
      /未受信(の)?メール/,
      /保留(中)?(の)?(メール|メッセージ)/,
      /(メール|メッセージ).{0,10}(保留|受信できません|配信できません|送信できませんでした)/,
    ],
  },
  {
    id: 'shared-document',
    patterns: [
      /(shared|sent you) (a |an |the |\d{1,3} )?(new )?(file|files|document|documents|folder|fax|voicemail|invoice)/,
      /invited you to (view|edit|access|sign)/,
      /you have received (\d{1,4} )?(new )?(files|documents)/,
      /shared "?.{0,60}"? with you/,
      /(ファイル|ドキュメント|書類)が(共有|送信)されました/,
    ],
  },
  {
    id: 'payment',
    patterns: [
      /payment (failed|declined|was declined|was unsuccessful|could not be processed|method expired)/,
      /(card|subscription|membership).{0,20}(suspended|declined|expired|on hold|cancell?ed)/,
      /(お支払い|支払い|決済).{0,15}(失敗|できません|確認できません|エラー|未払い|滞納)/,
      /(カード|クレジット).{0,15}(停止|利用制限|一時停止|有効期限)/,
      /(お支払い?|支払)方法.{0,10}(承認され|問題|エラー|更新)/,
      /(未納|未決済|延滞|滞納)/,
      /(口座)?残高.{0,10}不足/,
      /(差し?押さえ|差押)/,
      /還付金/,
      /(update|confirm|verify) your (payment|billing|card)/,
      /(billing|payment) (information|details|records) (are |is )?(out of date|outdated|required|incomplete)/,
      /(payment issue|payment overdue|overdue payment|declined transaction|unpaid invoice|outstanding balance)/,
      /payment attempt (fail|declin|unsuccess)/,
    ],
  },
  {
    id: 'parcel',
    patterns: [
      /(delivery|package|parcel|shipment).{0,20}(failed|unsuccessful|on hold|could not be delivered|was returned|attempt)/,
      /(お荷物|荷物|配送|配達).{0,20}(お届けできません|お届けできませんでした|失敗|持ち帰り|保管|できませんでした)/,
      /不在(のため|通知|連絡)/,
      /(配達|配送|お届け)(が)?できない/,
      /再配達/,
    ],
  },
  {
    // Fake antivirus/security renewals: the device is said to be unprotected until the reader pays.
    id: 'security-subscription',
    patterns: [
      /(antivirus|security|protection) (subscription|license|licence|plan|coverage).{0,30}(has expired|expired on|is inactive|ended|is expiring)/,
      /(device|pc|computer|system) (is )?(currently )?(unprotected|no longer (protected|receiving))/,
      /protection (is )?(inactive|expired|disabled|turned off)/,
    ],
  },
  {
    id: 'prize',
    patterns: [
      /you( have|'ve) (just )?(won|been selected)/,
      /you are (a|the|our) (lucky )?winner/,
      // Congratulating someone else ("congratulations to our winners", a contest newsletter's results) tells the
      // reader nothing about a prize of theirs; "congratulations to you" and "congratulations! you won" still count.
      /congratulations(?! to (?!you\b)).{0,40}(winner|won|prize|reward|gift)/,
      /claim your (prize|reward|gift|refund)/,
      /当選(しました|されました|者|のお知らせ)/,
      /(賞品|景品|ポイント).{0,15}(受け取|付与|失効)/,
    ],
  },
];

/** What the reader is told to do. */
export const ACTION_PATTERNS: readonly RegExp[] = [
  /click (here|the link|below|the button)/,
  /click on (the )?(link|button)/,
  /renew (now|today|your|subscription)/,
  /(get|download|view) (your|the) files/,
  /(view|open|access|download|review|sign) (the |your )?(document|file|files|invoice|message|pdf|fax)/,
  /(action required|take action|act now)/,
  /(sign|log) ?in to (your|continue|view|confirm|verify)/,
  /(log ?in|sign ?in|login) (here|now|below|to)/,
  /(follow|use|visit) the (link|url|button) below/,
  /(verify|confirm|update|validate|restore|unlock|keep) (now|it now|your|my)/,
  /(下記|以下|こちら)の?(リンク|url|ボタン|ページ)/,
  /(ご確認|ご対応|お手続き|ご協力|ご補充|ご更新|ご入力|ご登録)を?(お願い|ください|下さい)/,
  /(以下|下記)(へ|に|から|より)(アクセス|ログイン)/,
  /(アクセス|ログイン)の上/,
  /解除(を)?して/,
  /(ログイン|クリック|アクセス)(して|し|の上|後)/,
  /(手続き|更新|認証|確認|ログイン)を?(してください|して下さい|お願いします|お願いいたします|行ってください)/,
  /行動する必要/,
  /今すぐ/,
];

/** Deadlines and pressure. */
export const DEADLINE_PATTERNS: readonly RegExp[] = [
  /within (24|48|72|\d{1,3}) ?(hours|hrs|days)/,
  /in the next (24|48|72|\d{1,3}) ?(hours|hrs)/,
  /\d{1,3} ?(時間|日)(以内|以降|後|で)/,
  /(final (notice|warning|reminder)|last warning)/,
  /(will be|is going to be) (permanently )?(deleted|closed|suspended|terminated|disabled|locked)/,
  /(expires?|expiring) (today|soon|tomorrow)/,
  /\b\d{1,2} hours? left/,
  /(至急|本日中|最終(通知|警告|案内))/,
  /(最終)?期限までに/,
  /(削除|閉鎖|失効|凍結)(されます|いたします)/,
];

/** Pressure words too common in ordinary mail to count alone: they only push a threat (credential lure). */
export const WEAK_URGENCY_PATTERNS: readonly RegExp[] = [
  /(immediately|urgent(ly)?|as soon as possible|right away)/,
  /(緊急|速やかに|ただちに|直ちに|早急に)/,
];
