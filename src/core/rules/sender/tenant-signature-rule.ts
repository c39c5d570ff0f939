/** Registry entry of the unrelated-tenant-signature rule (sender/tenant-signature.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { tenantSignatureFindings } from './tenant-signature.js';

const messages: Catalog = {
  'finding.unrelated-tenant-signature': {
    en: 'The message is signed only by the Microsoft 365 tenant {tenant}, whose name has nothing to do with the sender domain {domain}. Organisations are signed by their own domain or a tenant named after them; campaigns rent throw-away tenants to send for any domain.',
    ja: 'このメールの署名は Microsoft 365 のテナント {tenant} によるものだけで、その名前は送信者のドメイン {domain} と無関係です。正規の組織は自社のドメインか自社名のテナントで署名します。迷惑メールの送信者は使い捨てのテナントを借りて任意のドメインから送ります。',
    description:
      "unrelated-tenant-signature: every DKIM-Signature d= is a <tenant>.onmicrosoft.com whose name is not made from the From domain's labels; From not itself on onmicrosoft.com. {tenant}: the first signing tenant; {domain}: the From domain.",
  },
  'finding.unrelated-tenant-signature.short': {
    en: 'signed by an unrelated Microsoft 365 tenant ({tenant})',
    ja: '無関係な Microsoft 365 テナント（{tenant}）が署名しています',
    description: 'Headline phrase for unrelated-tenant-signature.',
  },
};

export const unrelatedTenantSignatureRule: Rule = {
  id: 'unrelated-tenant-signature',
  stage: 'message',
  reads: 'The DKIM-Signature d= domains: only Microsoft 365 tenants whose names have nothing to do with the From domain.',
  produces: ['unrelated-tenant-signature'],
  messages,
  run: (c) => tenantSignatureFindings(c.msg),
};
