/** Texts of the extension UI itself (banner, popup, options). Finding and report texts live in the core catalog. */
import type { Catalog } from '../../core/i18n/index.js';
import { managedOptionsMessages } from '../options/managed-messages.js';
import { reputationUiMessages } from './reputation-ui-messages.js';

export const uiMessages: Catalog = {
  ...managedOptionsMessages,
  'ui.banner.notFrom': {
    en: 'This is not {entity}',
    ja: 'これは{entity}からのメールではありません',
    description: 'Headline start for a dangerous message that claims to be from {entity} (a brand or organization name).',
  },
  'ui.banner.maybeNotFrom': {
    en: 'This may not be {entity}',
    ja: '{entity}からのメールではない可能性があります',
    description: 'Headline start for a suspicious (caution) message that claims to be from {entity}.',
  },
  'ui.banner.danger': {
    en: 'This looks like phishing',
    ja: 'フィッシングの可能性が高いメールです',
    description: 'Headline start for a dangerous message with no claimed brand.',
  },
  'ui.banner.caution': {
    en: 'Be careful with this message',
    ja: 'このメールには注意してください',
    description: 'Headline start for a suspicious message with no claimed brand.',
  },
  'ui.banner.openReport': {
    en: 'Why? Full report',
    ja: '詳しい理由を見る',
    description: 'Button in the banner that opens the full explained report.',
  },
  'ui.banner.dismiss': { en: 'Hide', ja: '閉じる', description: 'Button that hides the banner for this message.' },
  'ui.banner.label': { en: 'Sender Lens warning', ja: 'Sender Lens の警告', description: 'Accessible name of the banner region.' },
  'ui.popup.title': { en: 'Sender Lens report', ja: 'Sender Lens レポート', description: 'Popup heading.' },
  'ui.popup.copy': {
    en: 'Copy report as text',
    ja: 'レポートをテキストでコピー',
    description: 'Button: copy the whole report as plain text for an administrator.',
  },
  'ui.popup.copied': { en: 'Copied.', ja: 'コピーしました。', description: 'Shown after the report was copied.' },
  'ui.popup.copyFailed': {
    en: 'Copy failed: select the text below and copy it.',
    ja: 'コピーできませんでした。下のテキストを選択してコピーしてください。',
    description: 'Shown when the clipboard is not available.',
  },
  'ui.popup.noMessage': {
    en: 'No message is displayed in this tab.',
    ja: 'このタブにはメッセージが表示されていません。',
    description: 'Popup text when there is no message to report on.',
  },
  'ui.popup.failed': {
    en: 'Could not check this message: {reason}',
    ja: 'このメールを確認できませんでした: {reason}',
    description: 'Popup text when the analysis crashed; {reason} is a technical reason.',
  },
  'ui.popup.loading': { en: 'Checking…', ja: '確認中…', description: 'Popup text while the analysis runs.' },
  'ui.popup.score': { en: 'score {score}', ja: 'スコア {score}', description: 'Risk score after the verdict word.' },
  'ui.popup.noFindings': {
    en: 'Nothing suspicious was found.',
    ja: '不審な点は見つかりませんでした。',
    description: 'Findings section when empty.',
  },
  'ui.popup.okNote': {
    en: 'The checks passed. This is not a promise that the message is safe.',
    ja: '確認項目は問題ありませんでした。安全を保証するものではありません。',
    description: 'Note under an ok verdict.',
  },
  'ui.popup.checkUnavailable': {
    en: '{check}: could not verify ({reason})',
    ja: '{check}: 確認できませんでした（{reason}）',
    description: 'A check that did not run; {check} is its name, {reason} why. Never a pass.',
  },
  'ui.popup.analyzeTitle': { en: 'Check a message source', ja: 'メールのソースを確認', description: 'Heading of the paste/drop area.' },
  'ui.popup.analyzeHint': {
    en: 'Paste the full source (with headers) or drop an .eml file here.',
    ja: 'ヘッダーを含むソース全体を貼り付けるか、.eml ファイルをここにドロップしてください。',
    description: 'Hint in the paste/drop area.',
  },
  'ui.popup.analyzeButton': { en: 'Check', ja: '確認する', description: 'Button that analyzes the pasted source.' },
  'ui.popup.analyzeEmpty': {
    en: 'Paste a message source first.',
    ja: '先にメールのソースを貼り付けてください。',
    description: 'Shown when Check is pressed with nothing pasted.',
  },
  'ui.popup.tooLarge': {
    en: 'This file is too large ({size} bytes).',
    ja: 'ファイルが大きすぎます（{size} バイト）。',
    description: 'Dropped file exceeds the size limit.',
  },
  'ui.popup.hopAuth': {
    en: 'authenticated submission',
    ja: '認証済み送信',
    description: 'Marks a hop where the sender logged in to submit.',
  },
  'ui.popup.linkShown': { en: 'shows', ja: '表示', description: 'Label before the host a link text displays.' },
  'ui.popup.linkWrapped': { en: 'unwrapped from', ja: 'ラッパー解除', description: 'Label before link wrappers that were removed.' },
  'ui.popup.receiverSays': {
    en: 'Your mail server says',
    ja: '受信サーバーの判定',
    description: "Label before the trusted receiver's Authentication-Results.",
  },
  'ui.options.title': { en: 'Sender Lens settings', ja: 'Sender Lens の設定', description: 'Options page heading.' },
  'ui.options.doh': {
    en: 'DNS-over-HTTPS resolvers (one URL per line)',
    ja: 'DNS over HTTPS リゾルバー（1行に1つのURL）',
    description: 'Label of the resolver list.',
  },
  'ui.options.dohHelp': {
    en: 'Sender Lens asks these servers for SPF, DKIM, DMARC and network data. Only https URLs are accepted.',
    ja: 'SPF・DKIM・DMARC・ネットワーク情報の確認にこれらのサーバーを使います。https の URL のみ使用できます。',
    description: 'Help under the resolver list.',
  },
  'ui.options.offline': {
    en: 'Offline mode: make no network requests (fewer checks)',
    ja: 'オフラインモード: ネットワークに接続しない（確認項目が減ります）',
    description: 'Checkbox label.',
  },
  'ui.options.ownDomains': {
    en: 'Your own domains (one per line)',
    ja: '自分のドメイン（1行に1つ）',
    description: 'Label of the own-domain list.',
  },
  'ui.options.fromAccounts': {
    en: 'Add the domains of my accounts',
    ja: 'アカウントのドメインを追加',
    description: 'Button that fills own domains from account identities.',
  },
  'ui.options.contacts': {
    en: 'Protect my contacts against lookalike domains',
    ja: '連絡先のドメインを偽装ドメインから保護する',
    description: 'Checkbox label (uses the address books).',
  },
  'ui.options.allowlist': {
    en: 'Trusted domains, never flagged (one per line)',
    ja: '信頼するドメイン（警告しない、1行に1つ）',
    description: 'Label of the allowlist.',
  },
  'ui.options.sensitivity': { en: 'Sensitivity', ja: '感度', description: 'Label of the sensitivity choice.' },
  'ui.options.sensitivity.low': { en: 'Low (fewer warnings)', ja: '低（警告が少ない）', description: 'Sensitivity option.' },
  'ui.options.sensitivity.normal': { en: 'Normal', ja: '標準', description: 'Sensitivity option.' },
  'ui.options.sensitivity.high': { en: 'High (more warnings)', ja: '高（警告が多い）', description: 'Sensitivity option.' },
  'ui.options.lang': { en: 'Language', ja: '言語', description: 'Label of the language choice.' },
  'ui.options.lang.auto': {
    en: 'Same as Thunderbird / the browser',
    ja: 'Thunderbird / ブラウザーと同じ',
    description: 'Language option: follow the UI locale.',
  },
  'ui.options.save': { en: 'Save', ja: '保存', description: 'Save button.' },
  'ui.options.saved': { en: 'Saved.', ja: '保存しました。', description: 'Shown after saving.' },
  'ui.options.rejected': {
    en: 'Ignored (not valid): {items}',
    ja: '無効なため無視しました: {items}',
    description: 'Lists entries that were dropped on save; {items} is a comma-separated list.',
  },
  'ui.options.saveFailed': {
    en: 'Could not save: {reason}',
    ja: '保存できませんでした: {reason}',
    description: 'Shown when saving failed.',
  },
  'ui.options.permissionDenied': {
    en: 'Permission to contact {origin} was not granted; DNS checks will be reported as not verified.',
    ja: '{origin} への接続が許可されませんでした。DNS による確認は「確認できません」と表示されます。',
    description: 'Shown when the host permission for a resolver was refused.',
  },
  'ui.banner.report': {
    en: 'Report phishing',
    ja: 'フィッシングを報告',
    description:
      'Button (banner and popup) that sends the message to the configured report address (Thunderbird: forwarded as an attachment in a new compose window).',
  },
  'ui.report.ready': {
    en: 'A report to {address} is ready in a new window: check it and press Send.',
    ja: '{address} 宛ての報告を新しいウィンドウに用意しました。内容を確認して送信してください。',
    description: 'Status after Report phishing opened a compose window with a recipient.',
  },
  'ui.report.readyNoAddress': {
    en: 'A report is ready in a new window: add your IT administrator as recipient and press Send. (Set the address in the settings to fill it in.)',
    ja: '報告を新しいウィンドウに用意しました。宛先にシステム管理者を入れて送信してください（設定で報告先を指定すると自動で入ります）。',
    description: 'Status after Report phishing when no report address is configured.',
  },
  'ui.report.mailto': {
    en: 'Your mail program opens a report to {address}. The text report was also saved as a file.',
    ja: '{address} 宛ての報告をメールソフトで開きます。テキストのレポートもファイルとして保存しました。',
    description: 'Status after Report phishing in the browser (mailto + download).',
  },
  'ui.report.failed': {
    en: 'Could not prepare the report: {reason}',
    ja: '報告を用意できませんでした: {reason}',
    description: 'Report phishing failed; {reason} technical.',
  },
  'ui.popup.adminDetails': {
    en: 'Details for admins',
    ja: '管理者向けの詳細',
    description: 'Heading of the collapsible technical part of the popup.',
  },
  'ui.popup.couldNotCheck': {
    en: 'Could not check',
    ja: '確認できなかった項目',
    description: 'Heading of the list of checks that did not run (never findings).',
  },
  'ui.popup.checks': { en: 'Checks', ja: '確認項目', description: 'Heading: state of every check, in the admin details.' },
  'ui.popup.checkDone': { en: 'done', ja: '完了', description: 'State of a check that ran.' },
  'ui.popup.allFindings': {
    en: 'All findings (technical)',
    ja: 'すべての検出結果（技術的な説明）',
    description: 'Heading of the full finding list in the admin details.',
  },
  'ui.popup.strength': {
    en: 'Evidence: {strength}',
    ja: '根拠の強さ: {strength}',
    description: 'Strength of the evidence after the verdict; {strength} is one of the strength words.',
  },
  'ui.strength.strong': { en: 'strong', ja: '強い', description: 'Strength word.' },
  'ui.strength.some': { en: 'some', ja: 'ある程度', description: 'Strength word.' },
  'ui.strength.weak': { en: 'weak', ja: '弱い', description: 'Strength word.' },
  'ui.popup.unknownNote': {
    en: 'Too little could be checked to say whether this email is genuine.',
    ja: 'このメールが本物かどうか判断できるほど確認できませんでした。',
    description: 'Note under an unknown verdict.',
  },
  'ui.popup.analyzeSummary': {
    en: 'Check another message source',
    ja: '別のメールのソースを確認',
    description: 'Summary of the collapsible paste/drop box.',
  },
  'ui.route.title': {
    en: 'Route: from the sending server to you',
    ja: '配送経路：送信サーバーからあなたまで',
    description: 'Heading of the route picture.',
  },
  'ui.route.origin': {
    en: 'Origin: the server that sent this',
    ja: '送信元：このメールを送ったサーバー',
    description: 'Marks the origin hop in the route picture.',
  },
  'ui.route.yourSide': {
    en: 'Your mail system',
    ja: 'あなたのメールシステム',
    description: "Marks hops stamped by the recipient's own systems.",
  },
  'ui.route.before': {
    en: 'Before the origin (claimed by the sender, not verifiable)',
    ja: '送信元より前（送信者の自己申告で検証できません）',
    description: 'Marks hops before the origin.',
  },
  'ui.route.host': { en: 'Host', ja: 'ホスト', description: 'Label in a route box: the host name.' },
  'ui.route.ip': { en: 'IP', ja: 'IP', description: 'Label in a route box: the IP address.' },
  'ui.route.network': { en: 'Network', ja: 'ネットワーク', description: 'Label in a route box: the AS number and name.' },
  'ui.route.country': {
    en: 'Registry country',
    ja: '登録国',
    description: 'Label in a route box: registry country of the IP (not geolocation).',
  },
  'ui.route.tls': { en: 'Encryption', ja: '暗号化', description: 'Label in a route box: TLS or not.' },
  'ui.route.to': {
    en: 'handed to {host}',
    ja: '{host} へ受け渡し',
    description: 'Arrow label between route boxes; {host} the receiving server.',
  },
  'ui.route.you': { en: 'Your mailbox', ja: 'あなたのメールボックス', description: 'Last box of the route picture.' },
  'ui.options.reportAddress': {
    en: "Report phishing to (your IT administrator's e-mail address)",
    ja: 'フィッシングの報告先（システム管理者のメールアドレス）',
    description: 'Label of the report address field.',
  },
  'ui.options.reportAddressHelp': {
    en: '"Report phishing" in the banner and the report sends the message there (Thunderbird: forwarded as an attachment; you still press Send).',
    ja: 'バナーとレポートの「フィッシングを報告」で、メールをこのアドレスに送ります（Thunderbird では添付ファイルとして転送し、送信はご自身で行います）。',
    description: 'Help under the report address field.',
  },
  'ui.flag.text-mismatch': {
    en: 'text shows another site',
    ja: '表示と行き先が違う',
    description: 'Link flag: the link text shows another host than the target.',
  },
  'ui.flag.credential-path': {
    en: 'login or password page',
    ja: 'ログイン・パスワードのページ',
    description: 'Link flag: the target path looks like a login page.',
  },
  'ui.flag.recipient-in-url': {
    en: 'carries your address',
    ja: 'あなたのアドレスを含む',
    description: "Link flag: the recipient's address is in the URL.",
  },
  'ui.flag.shortener': { en: 'URL shortener', ja: '短縮URL', description: 'Link flag: a URL shortener.' },
  'ui.flag.ip-literal': { en: 'numeric address', ja: '数字だけのアドレス', description: 'Link flag: the host is an IP address.' },
  'ui.flag.punycode': { en: 'international name', ja: '国際化ドメイン名', description: 'Link flag: punycode host.' },
  'ui.flag.tracker': { en: 'tracking link', ja: 'トラッキングリンク', description: 'Link flag: a click tracker.' },
  'ui.flag.wrapper-opaque': {
    en: 'wrapped, real target hidden',
    ja: 'ラップされ本当の行き先が不明',
    description: 'Link flag: a wrapper whose target cannot be read.',
  },
  'ui.route.noName': {
    en: '(no name in reverse DNS)',
    ja: '（逆引きDNSに名前なし）',
    description: 'Route box: the server has no reverse-DNS name.',
  },
  'ui.route.helo': {
    en: 'Calls itself',
    ja: '名乗った名前',
    description: 'Route box label: the HELO name the server gave (chosen by the sender).',
  },
  ...reputationUiMessages,
};
