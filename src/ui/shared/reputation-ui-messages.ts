/** UI texts for the reputation settings (options page) and the per-domain lines in the popup. */
import type { Catalog } from '../../core/i18n/index.js';

export const reputationUiMessages: Catalog = {
  'ui.options.reputation': {
    en: 'Domain age and blocklists',
    ja: 'ドメインの登録時期とブロックリスト',
    description: 'Options section heading.',
  },
  'ui.options.rdap': {
    en: 'Look up when sender and link domains were registered (RDAP)',
    ja: '差出人とリンクのドメインの登録日を調べる（RDAP）',
    description: 'Label of the RDAP choice.',
  },
  'ui.options.rdap.auto': {
    en: 'Automatic: on with the default DNS resolver, off with your own resolvers',
    ja: '自動: 既定の DNS リゾルバーでは有効、独自のリゾルバーでは無効',
    description: 'RDAP option.',
  },
  'ui.options.rdap.on': { en: 'On', ja: '有効', description: 'RDAP option.' },
  'ui.options.rdap.off': { en: 'Off', ja: '無効', description: 'RDAP option.' },
  'ui.options.rdapHelp': {
    en: 'What leaves your machine: for each From, Reply-To, Return-Path and link domain, one HTTPS request https://<registry RDAP server>/domain/<domain> to the registry of its top-level domain (e.g. Verisign for .com), as listed in the IANA RDAP bootstrap file shipped with Sender Lens. Nothing else from the message is sent. Off in offline mode.',
    ja: '送信される情報: 差出人・Reply-To・Return-Path・リンクの各ドメインについて、そのトップレベルドメインのレジストリ（.com なら Verisign など、Sender Lens 同梱の IANA RDAP ブートストラップに記載）へ https://<RDAP サーバー>/domain/<ドメイン> を 1 回リクエストします。メールのそれ以外の内容は送信しません。オフラインモードでは無効です。',
    description: 'Help under the RDAP choice: exactly what leaves the machine.',
  },
  'ui.options.dnsbl': {
    en: 'DNS blocklists to consult (none by default)',
    ja: '参照する DNS ブロックリスト（既定ではなし）',
    description: 'Label of the blocklist checkboxes.',
  },
  'ui.options.dnsblHelp': {
    en: 'What leaves your machine: the sending server\'s IP (IP lists) or the sender and link domains (domain lists), as DNS queries <reversed IP or domain>.<list zone> through your DNS resolver, which the list operator sees. Public resolvers are refused by most large lists: the result then shows as "could not check".',
    ja: '送信される情報: 送信サーバーの IP アドレス（IP リスト）または差出人とリンクのドメイン（ドメインリスト）を、<逆順 IP またはドメイン>.<リストのゾーン> という DNS 問い合わせとして DNS リゾルバー経由で送り、リストの運営者がそれを見ます。大手のリストの多くは公開リゾルバーからの問い合わせを拒否します。その場合は「確認できません」と表示されます。',
    description: 'Help under the blocklist checkboxes.',
  },
  'ui.options.dnsblRegistration': {
    en: 'its terms require registration (e.g. a free key) for this use',
    ja: 'この用途には登録（無料キーなど）が規約上必要です',
    description: 'Note beside a blocklist whose terms require registration.',
  },
  'ui.options.dnsblKind.ip': { en: 'sending server IP', ja: '送信サーバーの IP', description: 'What an IP blocklist is asked about.' },
  'ui.options.dnsblKind.domain': {
    en: 'sender and link domains',
    ja: '差出人とリンクのドメイン',
    description: 'What a domain blocklist is asked about.',
  },
  'ui.options.safeBrowsing': {
    en: 'Google Safe Browsing API key (optional, your own; empty = off)',
    ja: 'Google セーフ ブラウジング API キー（任意・ご自身のキー。空欄なら無効）',
    description: 'Label of the Safe Browsing key field.',
  },
  'ui.options.safeBrowsingHelp': {
    en: "What leaves your machine when a key is set: for each message, one HTTPS POST to https://safebrowsing.googleapis.com/v4/threatMatches:find with your key and the full addresses (URLs) of the message's links (at most 20). Google sees those URLs and your key. Nothing is sent without a key or in offline mode.",
    ja: 'キーを設定した場合に送信される情報: メールごとに 1 回、https://safebrowsing.googleapis.com/v4/threatMatches:find へ、あなたのキーとメール内リンクの完全な URL（最大 20 件）を HTTPS POST で送ります。Google はその URL とキーを見ることができます。キーが空欄の場合とオフラインモードでは何も送信しません。',
    description: 'Help under the Safe Browsing key: exactly what leaves the machine.',
  },
  'ui.popup.reputation': {
    en: 'Domain age and blocklists',
    ja: 'ドメインの登録時期とブロックリスト',
    description: 'Popup section heading: per-domain age and listings.',
  },
};
