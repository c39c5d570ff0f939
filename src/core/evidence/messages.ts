/** Texts for network-evidence findings (origin infrastructure, reverse DNS, HELO, ASN, DNSBL, RDAP domain age). */
import type { Catalog } from '../i18n/format.js';

export const messages: Catalog = {
  'finding.origin-not-sender-infrastructure': {
    en: 'The server that delivered this message ({ip}) is not one of the addresses or mail servers published by {domains}. On its own this is weak evidence: SPF decides who may send for a domain.',
    ja: 'このメールを配送したサーバー（{ip}）は、{domains} が公開しているアドレスやメールサーバーのいずれでもありません。これだけでは弱い証拠です（送信を許可するかどうかは SPF が決めます）。',
    description:
      'Origin IP not among the A/AAAA/MX hosts of the From/Return-Path domains. {ip}: origin IP; {domains}: the domains checked, comma-separated.',
  },
  'finding.origin-sender-infrastructure': {
    en: 'The server that delivered this message ({ip}) is {host}, a published host of {domain}.',
    ja: 'このメールを配送したサーバー（{ip}）は {domain} が公開しているホスト {host} です。',
    description:
      'Origin IP matches an A/AAAA or MX host of the sender domain. {ip}: origin IP; {host}: matching host; {domain}: sender domain.',
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
    description:
      'Informational: ASN, AS name, prefix and registry country of the origin IP (Team Cymru). {ip}, {asn}, {asName}, {prefix}, {country}.',
  },
  'finding.dnsbl-listed': {
    en: 'The sending server {ip} is listed on the blocklist {list} (code {code}: {meaning}).',
    ja: '送信サーバー {ip} はブロックリスト {list} に掲載されています（コード {code}: {meaning}）。',
    description:
      "Origin IP listed on a user-enabled DNSBL. {ip}: origin IP; {list}: DNSBL zone; {code}: the 127.x answer(s); {meaning}: what the list says the code means (English, from the list's documentation).",
  },
  'finding.dnsbl-listed-domain': {
    en: 'The domain {domain} ({roles}) is listed on the blocklist {list} (code {code}: {meaning}).',
    ja: 'ドメイン {domain}（{roles}）はブロックリスト {list} に掲載されています（コード {code}: {meaning}）。',
    description:
      'A sender or link domain listed on a user-enabled domain blocklist (finding id dnsbl-listed). {domain}: registrable domain; {roles}: where the message names it (from, reply-to, return-path, link); {list}; {code}; {meaning}.',
  },
  'finding.domain-young': {
    en: 'The domain {domain} ({roles}) was registered on {date}, only {days} days before this message was sent. Phishing sites are usually on domains a few days old.',
    ja: 'ドメイン {domain}（{roles}）は {date} に登録されたばかりで、このメールの送信日のわずか {days} 日前です。フィッシングサイトの多くは登録から数日のドメインを使います。',
    description:
      'RDAP registration date of a sender or link domain is recent (severity high ≤ 7 days, medium ≤ 30, low ≤ 180). {domain}; {roles}: from/reply-to/return-path/link; {date}: YYYY-MM-DD; {days}: whole days before the message Date (or now).',
  },
  'finding.domain-young.short': {
    en: '{domain} was registered only {days} days ago',
    ja: '{domain} は登録からわずか {days} 日のドメインです',
    description: 'Headline phrase for domain-young.',
  },
  'finding.url-reputation-listed': {
    en: 'Google Safe Browsing lists the link {url} as {threat}.',
    ja: 'Google セーフ ブラウジングはリンク {url} を {threat} として登録しています。',
    description:
      'A link URL matched Google Safe Browsing (user key). {url}: the target URL; {threat}: the threat type (SOCIAL_ENGINEERING, MALWARE...).',
  },
  'finding.domain-registration-hidden': {
    en: 'The registry does not publish when {domain} ({roles}) was registered, so its age could not be checked. This is neutral: many registries hide it.',
    ja: 'レジストリが {domain}（{roles}）の登録日を公開していないため、ドメインの古さを確認できませんでした。これ自体は問題ではありません（多くのレジストリが非公開にしています）。',
    description:
      'Informational: an RDAP domain object without a registration event (redacted or never published). Never a pass. {domain}; {roles}.',
  },
};
