/**
 * The one list of network evidence checks, in the order their states and findings appear in the report. Adding a
 * check: one new file exporting a `NetworkCheck` (network-check.ts) and one entry here; the runner
 * (run-network-checks.ts) asks, judges and guards it, and its `asks` sentence is what docs/privacy list.
 * SPF, DKIM, DMARC and ARC are not here: they are protocol evaluations with their own dependency order
 * (evidence/network-checks.ts), not ask-then-judge checks.
 */
import type { NetworkCheck } from './network-check.js';
import { originInfraCheck } from './checks/origin-infra.js';
import { rdnsCheck } from './checks/rdns.js';
import { heloCheck } from './checks/helo.js';
import { asnCheck } from './checks/asn.js';
import { linkDnsCheck } from './checks/link-dns.js';
import { dnsblIpCheck } from './checks/dnsbl-ip.js';
import { dnsblDomainCheck } from './checks/dnsbl-domain.js';
import { domainAgeCheck } from './checks/domain-age.js';
import { urlReputationCheck } from './checks/url-reputation.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check has its own answer type; the runner keeps them paired
export const NETWORK_CHECKS: ReadonlyArray<NetworkCheck<any>> = [
  originInfraCheck,
  rdnsCheck,
  heloCheck,
  asnCheck,
  linkDnsCheck,
  dnsblIpCheck,
  dnsblDomainCheck,
  domainAgeCheck,
  urlReputationCheck,
];
