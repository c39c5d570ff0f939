import type { Catalog } from './format.js';

/**
 * Plain-language texts for people who are not mail experts (banner, top of the popup): a headline that names no
 * finding, one sentence per reason without protocol names (no "SPF", "DMARC", "rented host"), one line of advice,
 * and check states as sentences. `plain.<finding id>` uses the finding's own params; the UI falls back to the
 * finding's full text when a finding has no plain sentence here.
 */
export const messages: Catalog = {
  'plain.headline.notFrom': {
    en: 'This email is not really from {entity}. It is very likely phishing.',
    ja: 'このメールは{entity}からのものではありません。フィッシングの可能性が高いです。',
    description:
      'Banner headline, danger, when the message claims to be from {entity} (brand or organisation name). Names no reason (the reasons follow as bullets).',
  },
  'plain.headline.maybeNotFrom': {
    en: 'This email may not really be from {entity}. Be careful.',
    ja: 'このメールは{entity}からのものではない可能性があります。注意してください。',
    description: 'Banner headline, caution, when the message claims to be from {entity}.',
  },
  'plain.headline.danger': {
    en: 'This email is very likely phishing.',
    ja: 'このメールはフィッシングの可能性が高いです。',
    description: 'Banner headline, danger, no claimed brand.',
  },
  'plain.headline.caution': {
    en: 'Some things about this email look wrong. Be careful.',
    ja: 'このメールには不審な点があります。注意してください。',
    description: 'Banner headline, caution, no claimed brand.',
  },

  'plain.advice.links.to': {
    en: 'Do not click the link or enter your password. Report it to {address}.',
    ja: 'リンクをクリックしたり、パスワードを入力したりしないでください。{address} に報告してください。',
    description: 'Advice line (danger, message has links); {address} is the configured report address.',
  },
  'plain.advice.links': {
    en: 'Do not click the link or enter your password. Report it to your IT administrator.',
    ja: 'リンクをクリックしたり、パスワードを入力したりしないでください。システム管理者に報告してください。',
    description: 'Advice line (danger, message has links), no report address configured.',
  },
  'plain.advice.nolinks.to': {
    en: 'Do not reply, call numbers in it or open attachments. Report it to {address}.',
    ja: '返信したり、記載の電話番号にかけたり、添付ファイルを開いたりしないでください。{address} に報告してください。',
    description: 'Advice line (danger, no links); {address} is the configured report address.',
  },
  'plain.advice.nolinks': {
    en: 'Do not reply, call numbers in it or open attachments. Report it to your IT administrator.',
    ja: '返信したり、記載の電話番号にかけたり、添付ファイルを開いたりしないでください。システム管理者に報告してください。',
    description: 'Advice line (danger, no links), no report address configured.',
  },
  'plain.advice.caution.to': {
    en: 'Check with the sender another way before you click a link or enter a password. If in doubt, report it to {address}.',
    ja: 'リンクをクリックしたりパスワードを入力したりする前に、別の方法で差出人に確認してください。迷ったら {address} に報告してください。',
    description: 'Advice line (caution); {address} is the configured report address.',
  },
  'plain.advice.caution': {
    en: 'Check with the sender another way before you click a link or enter a password. If in doubt, ask your IT administrator.',
    ja: 'リンクをクリックしたりパスワードを入力したりする前に、別の方法で差出人に確認してください。迷ったらシステム管理者に相談してください。',
    description: 'Advice line (caution), no report address configured.',
  },

  'plain.display-name-address-mismatch': {
    en: "The sender's name shows the address {shown}, but the email really comes from {address}.",
    ja: '差出人名には {shown} と書かれていますが、実際の送信元は {address} です。',
    description: 'Plain reason for display-name-address-mismatch.',
  },
  'plain.own-domain-impersonation': {
    en: 'It pretends to come from your own organisation ({own}), but it was sent from outside ({sender}).',
    ja: 'あなたの組織（{own}）からのメールを装っていますが、組織の外（{sender}）から送られています。',
    description: 'Plain reason for own-domain-impersonation when the own domains come from the settings.',
  },
  'plain.own-domain-impersonation.recipient': {
    en: "It pretends to come from your own organisation ({own}, your address's domain), but it was sent from outside ({sender}).",
    ja: 'あなたの組織（あなたのアドレスのドメイン {own}）からのメールを装っていますが、組織の外（{sender}）から送られています。',
    description:
      "Plain reason for own-domain-impersonation when the own domain was taken from the recipient's address (no own domains in the settings).",
  },
  'plain.brand-on-shared-host': {
    en: 'The link goes to a site anyone can rent, not to {entity}.',
    ja: 'リンク先は誰でも借りられるサイトで、{entity} のサイトではありません。',
    description: 'Plain reason for brand-on-shared-host; {entity} the imitated brand.',
  },
  'plain.brand-on-shared-host.sender': {
    en: "The sender's address is on a service anyone can rent, not at {entity}.",
    ja: '差出人のアドレスは誰でも借りられるサービス上のもので、{entity} のものではありません。',
    description: 'Plain reason for brand-on-shared-host about the sender address.',
  },
  'plain.link-text-mismatch': {
    en: 'A link shows {shown} but really goes to {actual}.',
    ja: 'リンクには {shown} と表示されていますが、実際の行き先は {actual} です。',
    description: 'Plain reason for link-text-mismatch.',
  },
  'plain.lookalike-domain': {
    en: '{host} is made to look like {entity} ({domain}), but it belongs to someone else.',
    ja: '{host} は {entity}（{domain}）に似せた、別人のドメインです。',
    description: 'Plain reason for every lookalike-domain kind.',
  },
  'plain.display-name-brand-mismatch': {
    en: 'The sender calls itself {brand}, but the address {address} does not belong to {brand}.',
    ja: '差出人は {brand} を名乗っていますが、アドレス {address} は {brand} のものではありません。',
    description: 'Plain reason for display-name-brand-mismatch.',
  },
  'plain.spf-fail': {
    en: "The sender's domain ({domain}) did not authorise the server that sent this.",
    ja: '差出人のドメイン（{domain}）は、このメールを送ったサーバーに送信を許可していません。',
    description: 'Plain reason for spf-fail (no protocol name).',
  },
  'plain.spf-softfail': {
    en: "The sender's domain ({domain}) does not vouch for the server that sent this.",
    ja: '差出人のドメイン（{domain}）は、このメールを送ったサーバーを保証していません。',
    description: 'Plain reason for spf-softfail.',
  },
  'plain.dmarc-fail': {
    en: 'Nothing confirms that this email really comes from {domain}.',
    ja: 'このメールが本当に {domain} から来たことを確かめられるものがありません。',
    description: 'Plain reason for dmarc-fail.',
  },
  'plain.auth-results-fail': {
    en: 'Your mail server could not confirm who sent this.',
    ja: 'あなたのメールサーバーは、このメールの送信者を確認できませんでした。',
    description: 'Plain reason for auth-results-fail.',
  },
  'plain.dkim-fail': {
    en: 'The digital signature of {domain} on this email is broken: the email was changed or the signature is forged.',
    ja: '{domain} の電子署名が壊れています。メールが書き換えられたか、署名が偽造されています。',
    description: 'Plain reason for dkim-fail.',
  },
  'plain.credential-lure': {
    en: 'It pushes you to log in or change your password through a link.',
    ja: 'リンクからログインやパスワード変更をさせようとしています。',
    description: 'Plain reason for credential-lure.',
  },
  'plain.urgency-lure': {
    en: 'It sets a deadline to rush you.',
    ja: '期限を示して急がせようとしています。',
    description: 'Plain reason for urgency-lure.',
  },
  'plain.origin-not-sender-infrastructure': {
    en: "The server that sent this is not one of the sender's own servers.",
    ja: 'このメールを送ったサーバーは、差出人自身のサーバーではありません。',
    description: 'Plain reason for origin-not-sender-infrastructure.',
  },
  'plain.no-ptr': {
    en: 'The sending server has no name of its own, unlike almost every real mail server.',
    ja: '送信したサーバーには名前がありません。正規のメールサーバーにはほぼ必ずあります。',
    description: 'Plain reason for no-ptr.',
  },
  'plain.ptr-not-confirmed': {
    en: "The sending server's name does not match its address.",
    ja: '送信したサーバーの名前とアドレスが一致しません。',
    description: 'Plain reason for ptr-not-confirmed.',
  },
  'plain.helo-anomaly': {
    en: 'The sending computer did not give a proper server name, as mass-mailing tools often do.',
    ja: '送信したコンピューターは正式なサーバー名を名乗っていません（大量送信ツールによくあります）。',
    description: 'Plain reason for helo-anomaly.',
  },
  'plain.helo-mismatch': {
    en: 'The sending computer gave a name that does not match its address.',
    ja: '送信したコンピューターが名乗った名前は、そのアドレスと一致しません。',
    description: 'Plain reason for helo-mismatch.',
  },
  'plain.dnsbl-listed': {
    en: 'The sending server is on a public list of spam senders.',
    ja: '送信したサーバーは公開されている迷惑メール送信元リストに載っています。',
    description: 'Plain reason for dnsbl-listed.',
  },
  'plain.arc-fail': {
    en: 'The record of how this email was forwarded is broken or forged.',
    ja: 'このメールの転送記録が壊れているか、偽造されています。',
    description: 'Plain reason for arc-fail.',
  },
  'plain.punycode-link': {
    en: 'A link goes to {host}, a name with unusual letters that may imitate a familiar one.',
    ja: 'リンク先 {host} は特殊な文字を使った名前で、よく知られた名前をまねている可能性があります。',
    description: 'Plain reason for punycode-link.',
  },

  'plain.check.spf': {
    en: "Whether the sender's domain allows the sending server (SPF)",
    ja: '差出人ドメインが送信サーバーを許可しているか（SPF）',
    description: 'Name of the spf check in the "could not check" list.',
  },
  'plain.check.dkim': { en: 'The digital signature (DKIM)', ja: '電子署名（DKIM）', description: 'Name of the dkim check.' },
  'plain.check.dmarc': {
    en: "The sender domain's policy (DMARC)",
    ja: '差出人ドメインのポリシー（DMARC）',
    description: 'Name of the dmarc check.',
  },
  'plain.check.arc': { en: 'The forwarding record (ARC)', ja: '転送記録（ARC）', description: 'Name of the arc check.' },
  'plain.check.origin-infra': {
    en: 'Whether the sending server belongs to the sender',
    ja: '送信サーバーが差出人のものか',
    description: 'Name of the origin-infra check.',
  },
  'plain.check.rdns': {
    en: "The sending server's name (reverse DNS)",
    ja: '送信サーバーの名前（逆引きDNS）',
    description: 'Name of the rdns check.',
  },
  'plain.check.helo': { en: 'The name the sending server gave', ja: '送信サーバーが名乗った名前', description: 'Name of the helo check.' },
  'plain.check.asn': { en: "The sending server's network", ja: '送信サーバーのネットワーク', description: 'Name of the asn check.' },
  'plain.check.link-dns': {
    en: 'Where the linked sites are hosted',
    ja: 'リンク先サイトのホスト',
    description: 'Name of the link-dns check.',
  },
  'plain.check.analysis': {
    en: 'The analysis of this message',
    ja: 'このメールの分析',
    description: 'Name of the analysis step (when it crashed).',
  },
  'plain.check.other': { en: 'A check', ja: '確認項目', description: 'Name of a check without a name of its own.' },

  'plain.state.offline': {
    en: 'not checked: offline mode is on',
    ja: '確認していません：オフラインモードです',
    description: 'Check state: skipped because of offline mode.',
  },
  'plain.state.noAnswer': {
    en: 'could not look up: the DNS server did not answer',
    ja: '調べられませんでした：DNSサーバーが応答しませんでした',
    description: 'Check state: the DNS request failed (network error, refused).',
  },
  'plain.state.timeout': {
    en: 'could not look up: the DNS server did not answer in time',
    ja: '調べられませんでした：DNSサーバーの応答が時間内にありませんでした',
    description: 'Check state: DNS timeout.',
  },
  'plain.state.serverFailure': {
    en: 'could not look up: the DNS server reported a failure',
    ja: '調べられませんでした：DNSサーバーがエラーを返しました',
    description: 'Check state: DNS SERVFAIL or similar.',
  },
  'plain.state.budget': {
    en: 'not checked: the limit of look-ups for one message was reached',
    ja: '確認していません：1通あたりの問い合わせ上限に達しました',
    description: 'Check state: the per-message DNS budget was used up.',
  },
  'plain.state.noOrigin': {
    en: 'not checked: the route shows no sending server',
    ja: '確認していません：配送経路に送信サーバーが見つかりません',
    description: 'Check state: no origin IP.',
  },
  'plain.state.noFromDomain': {
    en: 'not checked: the sender address has no domain to look up',
    ja: '確認していません：差出人アドレスに調べられるドメインがありません',
    description: 'Check state: no From domain.',
  },
  'plain.state.notDomain': {
    en: 'not needed: the server gave no domain name to look up',
    ja: '不要：サーバーは調べられるドメイン名を名乗っていません',
    description: 'Check state: HELO is not a domain (judged without DNS).',
  },
  'plain.state.brokenRecord': {
    en: "the domain's published record is broken",
    ja: 'ドメインが公開している設定が壊れています',
    description: 'Check state: permanent error in the published record.',
  },
  'plain.state.dnsTemporary': {
    en: 'could not look up: a temporary DNS problem, try again later',
    ja: '調べられませんでした：DNSの一時的な問題です。後でもう一度お試しください',
    description: 'Check state: a lookup failed temporarily (cause not known).',
  },
  'plain.state.temporary': {
    en: 'could not check: a temporary problem, try again later',
    ja: '確認できませんでした：一時的な問題です。後でもう一度お試しください',
    description: 'Check state: temporary failure without a known cause.',
  },
  'plain.state.skipped': { en: 'not checked', ja: '確認していません', description: 'Check state: skipped for another reason.' },
  'plain.state.error': {
    en: 'failed: Sender Lens hit an internal error (it is shown in the error console)',
    ja: '失敗：Sender Lens 内部のエラーです（エラーコンソールに表示されます）',
    description: 'Check state: the check crashed.',
  },
  'plain.report.subject': {
    en: 'Phishing report: {subject}',
    ja: 'フィッシングの報告: {subject}',
    description: 'Subject of the report mail sent to the admin; {subject} is the reported message subject.',
  },
  'plain.report.intro': {
    en: 'I received the attached message. Sender Lens says: {verdict}. Its report follows.',
    ja: '添付のメールを受信しました。Sender Lens の判定: {verdict}。レポートを以下に記します。',
    description: 'First line of the report mail body; {verdict} is the verdict word.',
  },
};
