import type { Catalog } from './format.js';

/** Labels for the explained report (CLI text output and popup), walking the evidence as an expert would. */
export const messages: Catalog = {
  'report.claimed': {
    en: 'Who the mail claims to be from',
    ja: '名乗っている差出人',
    description: 'Section title: the From header as shown to the reader.',
  },
  'report.real': {
    en: 'Who really sent it',
    ja: '実際に送ってきたサーバー',
    description: 'Section title: the origin IP/host from the Received chain.',
  },
  'report.domainSays': {
    en: "What the sender's domain says",
    ja: '差出人ドメインの認証結果',
    description: 'Section title: SPF, DKIM, DMARC, ARC.',
  },
  'report.links': { en: 'Where the links go', ja: 'リンクの本当の行き先', description: 'Section title: links and their real targets.' },
  'report.route': { en: 'Route (newest first)', ja: '配送経路（新しい順）', description: 'Section title: the Received hops.' },
  'report.findings': { en: 'What is wrong', ja: '問題点', description: 'Section title: findings list.' },
  'report.verdict': { en: 'Verdict', ja: '判定', description: 'Label before the verdict word.' },
  'report.displayName': { en: 'Display name', ja: '表示名', description: 'Label: the From display name.' },
  'report.address': { en: 'Address', ja: 'アドレス', description: 'Label: the From address.' },
  'report.replyTo': { en: 'Reply-To', ja: '返信先', description: 'Label: the Reply-To address.' },
  'report.returnPath': {
    en: 'Envelope sender (Return-Path)',
    ja: 'エンベロープ送信者 (Return-Path)',
    description: 'Label: the Return-Path address.',
  },
  'report.subject': { en: 'Subject', ja: '件名', description: 'Label: the Subject.' },
  'report.originIp': { en: 'Origin IP', ja: '送信元IP', description: 'Label: the origin IP address.' },
  'report.helo': { en: 'HELO name', ja: 'HELO名', description: 'Label: the name the client gave in HELO.' },
  'report.rdns': { en: 'Reverse DNS', ja: '逆引きDNS', description: 'Label: PTR name of the origin IP.' },
  'report.fcrdnsYes': {
    en: '(forward-confirmed)',
    ja: '（正引きと一致）',
    description: 'Suffix after a PTR name confirmed by forward lookup.',
  },
  'report.fcrdnsNo': {
    en: '(not forward-confirmed)',
    ja: '（正引きと不一致）',
    description: 'Suffix after a PTR name not confirmed by forward lookup.',
  },
  'report.network': { en: 'Network', ja: 'ネットワーク', description: 'Label: ASN, prefix and AS name of the origin IP.' },
  'report.country': {
    en: 'Registry country (not geolocation)',
    ja: '登録国（地理的位置ではありません）',
    description: 'Label: registry country of the IP allocation; not where the server is.',
  },
  'report.none': { en: '(none)', ja: '（なし）', description: 'Placeholder when a value is absent.' },
  'report.notChecked': {
    en: 'could not verify',
    ja: '確認できませんでした',
    description: 'Shown for a check that did not run or failed temporarily; never means pass.',
  },
  'report.noLinks': { en: 'No links.', ja: 'リンクはありません。', description: 'Shown when the message has no links.' },
  'report.linkGoesTo': { en: 'goes to', ja: '→ 実際の行き先', description: 'Between a link text and its real target.' },
  'report.linkChain': {
    en: 'by way of',
    ja: '経由',
    description: 'Before the hosts a link passes through (wrappers and redirects), in order, joined by arrows.',
  },
  'report.delay': {
    en: 'delay {seconds}s',
    ja: '遅延 {seconds}秒',
    description: 'Delay at a hop in seconds ({seconds}; negative means clock skew).',
  },
  'report.tls': { en: 'TLS', ja: 'TLS', description: 'Marks a hop that used TLS.' },
  'report.noTls': { en: 'no TLS', ja: 'TLSなし', description: 'Marks a hop without TLS.' },
  'report.trusted': { en: 'your side', ja: '受信側', description: "Marks a hop stamped by the recipient's own systems." },
  'report.claimedEntity': {
    en: 'Claims to be',
    ja: '名乗っている組織',
    description: 'Label: brand/organization the message claims to be from.',
  },
};
