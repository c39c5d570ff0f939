/** Texts for network-evidence findings (origin infrastructure, reverse DNS, HELO, ASN, DNSBL). */
import type { Catalog } from '../i18n/format.js';

export const messages: Catalog = {
  'finding.origin-not-sender-infrastructure': {
    en: 'The server that delivered this message ({ip}) is not one of the addresses or mail servers published by {domains}. On its own this is weak evidence: SPF decides who may send for a domain.',
    ja: 'このメールを配送したサーバー（{ip}）は、{domains} が公開しているアドレスやメールサーバーのいずれでもありません。これだけでは弱い証拠です（送信を許可するかどうかは SPF が決めます）。',
    description: 'Origin IP not among the A/AAAA/MX hosts of the From/Return-Path domains. {ip}: origin IP; {domains}: the domains checked, comma-separated.',
  },
  'finding.origin-sender-infrastructure': {
    en: 'The server that delivered this message ({ip}) is {host}, a published host of {domain}.',
    ja: 'このメールを配送したサーバー（{ip}）は {domain} が公開しているホスト {host} です。',
    description: 'Origin IP matches an A/AAAA or MX host of the sender domain. {ip}: origin IP; {host}: matching host; {domain}: sender domain.',
  },
  'finding.no-ptr': {
    en: 'The sending server {ip} has no reverse DNS name. Legitimate mail servers almost always have one.',
    ja: '送信サーバー {ip} には逆引き DNS 名がありません。正規のメールサーバーにはほぼ必ず設定されています。',
    description: 'No PTR record for the origin IP. {ip}: origin IP.',
  },
  'finding.ptr-not-confirmed': {
    en: 'The sending server {ip} calls itself {ptr} in reverse DNS, but that name does not point back to {ip}.',
    ja: '送信サーバー {ip} の逆引き名は {ptr} ですが、その名前は {ip} を指していません（正引きで確認できません）。',
    description: 'PTR exists but forward-confirmed reverse DNS fails. {ip}: origin IP; {ptr}: PTR name(s).',
  },
  'finding.helo-mismatch': {
    en: 'The sending server introduced itself as {helo}, which does not match its address {ip}.',
    ja: '送信サーバーは自分を {helo} と名乗りましたが、実際のアドレス {ip} と一致しません。',
    description: 'HELO/EHLO name or address literal does not resolve to / equal the origin IP. {helo}: HELO text; {ip}: origin IP.',
  },
  'finding.origin-network': {
    en: 'The sending server {ip} is on network AS{asn} ({asName}), address block {prefix}, registered in {country}. The country is where the block is registered, not where the sender is.',
    ja: '送信サーバー {ip} はネットワーク AS{asn}（{asName}）、アドレスブロック {prefix} に属し、登録国は {country} です。登録国はアドレスの登録先であり、送信者の所在地ではありません。',
    description: 'Informational: ASN, AS name, prefix and registry country of the origin IP (Team Cymru). {ip}, {asn}, {asName}, {prefix}, {country}.',
  },
  'finding.dnsbl-listed': {
    en: 'The sending server {ip} is listed on the blocklist {list} (code {code}).',
    ja: '送信サーバー {ip} はブロックリスト {list} に掲載されています（コード {code}）。',
    description: 'Origin IP listed on a user-enabled DNSBL. {ip}: origin IP; {list}: DNSBL zone; {code}: the 127.x answer(s).',
  },
};
