/**
 * The one list of detection rules, in the order they run (a rule may read the findings of those before it). Adding a
 * rule: one new file exporting a `Rule` (rules/rule.ts) and one entry here; its texts join the i18n catalog through
 * its `messages` (i18n/registry.ts), its runs and failures appear in the report's checks (rules/run-rules.ts), and
 * `sender-lens rules` lists it.
 */
import type { Rule } from './rule.js';
import { displayNameRule, ownDomainRule, senderRelationsRule, heloRule } from './sender/rules.js';
import { impersonationRule } from './impersonation/rule.js';
import { linksRule } from './links/rule.js';
import { luresRule } from './lures/rule.js';
import { scamsRule } from './scams/rule.js';
import { lookalikeRule } from './lookalike/rule.js';
import { authenticationRule } from './auth/rule.js';
import { orgNameSenderRule, orgNameLinkRule } from './orgs/rule.js';
import { randomSenderRule } from './machine-made/rule.js';
import { openRedirectRule } from './links/open-redirect-rule.js';
import { attachedMessageRule } from './attachments/attached-message-rule.js';
import { verifiedSenderRule } from './auth/verified-sender.js';
import { qrCodeRule } from './qr/rule.js';
import { cryptoWalletLureRule } from './scams/crypto-wallet-lure-rule.js';
import { rewardHeadlineRule } from './lures/reward-headline-rule.js';
import { legalThreatRule } from './lures/legal-threat-rule.js';
import { cloudHostedLinkRule } from './links/cloud-hosted-link-rule.js';
import { unusualPortLinkRule } from './links/unusual-port-link-rule.js';
import { decoratedTextRule } from './sender/decorated-text-rule.js';
import { hackingGoodsRule } from './scams/hacking-goods-rule.js';
import { injectedGreetingRule } from './scams/injected-greeting-rule.js';
import { offscreenTextRule } from './scams/offscreen-text-rule.js';
import { imageOnlyRule } from './scams/image-only-rule.js';
import { senderPlatformDomainRule } from './sender/platform-domain-rule.js';
import { heloUnknownTldRule } from './sender/helo-unknown-tld-rule.js';
import { unrelatedDomainsRule } from './sender/unrelated-domains-rule.js';
import { countryLookalikeSuffixRule } from './sender/country-lookalike-suffix-rule.js';
import { scamStoriesRule } from './scams/scam-stories-rule.js';
import { genericGreetingRule } from './scams/generic-greeting-rule.js';
import { imageSharingSiteRule } from './links/image-sharing-site-rule.js';
import { unrelatedTenantSignatureRule } from './sender/tenant-signature-rule.js';
import { randomDomainRule } from './machine-made/random-domain-rule.js';
import { senderNameVariantLinkRule } from './links/sender-name-variant-rule.js';

export const RULES: readonly Rule[] = [
  displayNameRule,
  impersonationRule,
  ownDomainRule,
  senderRelationsRule,
  heloRule,
  linksRule,
  luresRule,
  scamsRule,
  lookalikeRule,
  authenticationRule,
  orgNameSenderRule,
  orgNameLinkRule,
  randomSenderRule,
  openRedirectRule,
  attachedMessageRule,
  verifiedSenderRule,
  qrCodeRule,
  cryptoWalletLureRule,
  rewardHeadlineRule,
  legalThreatRule,
  cloudHostedLinkRule,
  unusualPortLinkRule,
  decoratedTextRule,
  hackingGoodsRule,
  injectedGreetingRule,
  offscreenTextRule,
  imageOnlyRule,
  senderPlatformDomainRule,
  heloUnknownTldRule,
  unrelatedDomainsRule,
  countryLookalikeSuffixRule,
  scamStoriesRule,
  genericGreetingRule,
  imageSharingSiteRule,
  unrelatedTenantSignatureRule,
  randomDomainRule,
  senderNameVariantLinkRule,
];
