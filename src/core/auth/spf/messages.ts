import type { Catalog } from '../../i18n/format.js';

/** Texts for SPF findings (src/core/auth/spf/findings.ts). */
export const messages: Catalog = {
  'finding.spf-fail': {
    en: 'The domain {domain} does not allow the server {ip} to send its mail (SPF fail).',
    ja: '{domain} のドメインは、送信元サーバー {ip} からのメール送信を許可していません（SPF fail）。',
    description:
      'SPF result fail: the domain owner says this server may not send for the domain. {domain} envelope (Return-Path or HELO) domain, {ip} sending server address.',
  },
  'finding.spf-softfail': {
    en: 'The domain {domain} says the server {ip} is probably not allowed to send its mail (SPF softfail).',
    ja: '{domain} のドメインは、送信元サーバー {ip} からのメール送信をおそらく許可していないと示しています（SPF softfail）。',
    description:
      'SPF result softfail (~all): weaker than fail, the domain owner is not sure. {domain} envelope domain, {ip} sending server address.',
  },
  'finding.spf-temperror': {
    en: 'Could not check whether {domain} allows the server {ip} to send its mail (temporary DNS problem).',
    ja: '{domain} のドメインが送信元サーバー {ip} を許可しているか確認できませんでした（DNS の一時的な問題）。',
    description:
      'SPF could not be verified because of a temporary failure; not a pass and not a fail. {domain} envelope domain, {ip} sending server.',
  },
  'finding.spf-permerror': {
    en: "Could not check whether {domain} allows the server {ip} to send its mail: the domain's SPF record is broken ({reason}).",
    ja: '{domain} のドメインが送信元サーバー {ip} を許可しているか確認できませんでした。このドメインの SPF レコードに誤りがあります（{reason}）。',
    description:
      'SPF permerror: the published SPF record is invalid or too complex, so nothing can be concluded. {domain} envelope domain, {ip} sending server, {reason} short technical reason in English.',
  },
  'finding.spf-pass': {
    en: 'The domain {domain} allows the server {ip} to send its mail (SPF pass).',
    ja: '{domain} のドメインは、送信元サーバー {ip} からのメール送信を許可しています（SPF pass）。',
    description:
      'SPF pass. Only says the server may send for the envelope domain, not that the visible From is genuine. {domain} envelope domain, {ip} sending server.',
  },
};
