/** Texts for the per-domain reputation lines (domain age over RDAP, blocklist listings) in the report and popup. */
import type { Catalog } from '../i18n/format.js';

export const messages: Catalog = {
  'report.reputation': {
    en: 'Domain age and blocklists',
    ja: 'ドメインの登録時期とブロックリスト',
    description: 'Section title: RDAP age and DNSBL listings per sender/link domain.',
  },
  'report.rep.registered': {
    en: 'registered {date} ({days} days before the message)',
    ja: '{date} 登録（メール送信の {days} 日前）',
    description: '{date}: YYYY-MM-DD; {days}: whole days before the message Date (or now).',
  },
  'report.rep.registeredAfter': {
    en: "registered {date}, after the message's Date",
    ja: '{date} 登録（メールの日付より後）',
    description: 'RDAP registration later than the message Date (no age judged).',
  },
  'report.rep.hidden': {
    en: 'registration date not published',
    ja: '登録日は非公開',
    description: 'RDAP object without a registration event (neutral).',
  },
  'report.rep.noService': {
    en: 'age not checkable (no RDAP service for this TLD)',
    ja: '登録時期を確認できません（この TLD には RDAP サービスがありません）',
    description: 'TLD missing from the IANA RDAP bootstrap.',
  },
  'report.rep.unavailable': {
    en: 'age could not be checked ({reason})',
    ja: '登録時期を確認できませんでした（{reason}）',
    description: 'RDAP failed (timeout, 429, 404, bad answer). {reason} in English.',
  },
  'report.rep.listed': {
    en: 'listed on {list}: {codes} ({meaning})',
    ja: '{list} に掲載: {codes}（{meaning}）',
    description: 'Domain blocklist listing. {meaning} in English from the list documentation.',
  },
  'report.rep.notListed': {
    en: 'not on {lists}',
    ja: '{lists} には掲載なし',
    description: 'Domain asked on these blocklists and not listed.',
  },
  'report.rep.listUnavailable': {
    en: '{list} could not be checked ({reason})',
    ja: '{list} は確認できませんでした（{reason}）',
    description: 'Blocklist refused or failed. {reason} in English.',
  },
};
