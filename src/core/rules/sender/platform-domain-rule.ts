/** Registry entry of the sender-platform-domain rule (sender/platform-domain.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { platformDomainFindings } from './platform-domain.js';

const messages: Catalog = {
  'finding.sender-platform-domain': {
    en: 'The sender {address} writes from a free tenant name on {platform}, not from a domain of its own. Anyone can create such a name in minutes; organisations send from their own domain.',
    ja: '送信者 {address} は自分のドメインではなく、{platform} の無料のテナント名から送っています。このような名前は誰でも数分で作れます。正規の組織は自分のドメインから送信します。',
    description:
      'sender-platform-domain (From): the From domain is a tenant name under a Microsoft 365 initial domain (onmicrosoft.com) or a cloud app host (firebaseapp.com, web.app...). {address}: the From address; {platform}: the platform.',
  },
  'finding.sender-platform-domain.envelope': {
    en: 'Replies that bounce go to {address}, a free tenant name on {platform}, not to the domain in the From line. Anyone can create such a name in minutes.',
    ja: '配信エラーの返送先 {address} は差出人のドメインではなく、{platform} の無料のテナント名です。このような名前は誰でも数分で作れます。',
    description:
      'sender-platform-domain (Return-Path only): the bounce address is on onmicrosoft.com or a cloud app host while the From address is elsewhere. {address}: the Return-Path; {platform}: the platform.',
  },
  'finding.sender-platform-domain.short': {
    en: 'sent from a free platform name ({platform})',
    ja: '無料のプラットフォーム名（{platform}）から送信されています',
    description: 'Headline phrase for sender-platform-domain.',
  },
};

export const senderPlatformDomainRule: Rule = {
  id: 'sender-platform-domain',
  stage: 'message',
  reads:
    'The From and Return-Path domains: a tenant name on a Microsoft 365 initial domain or a cloud app host instead of a domain of its own.',
  produces: ['sender-platform-domain'],
  messages,
  run: (c) => platformDomainFindings(c.msg),
};
