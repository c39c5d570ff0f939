/**
 * `country-lookalike-suffix`: the From domain is a name sold under a company's second-level domain that reads like a
 * country's own domain (`shop.sa.com`, `mail.uk.com`, `x.com.de`, `x.co.ua`) but is not run by that country's
 * registry: anyone buys such names from the reseller, without the country's rules, and they make a sender look
 * local. Source: the private section of the Public Suffix List (publicsuffix.org, MPL-2.0), the entries of CentralNic
 * and other resellers of country-like second-level names; checked against tldts, which marks them private.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import { publicSuffixOf } from '../../net/registrable.js';

/** Country-like second-level names sold by resellers (PSL private section). Sorted. */
export const COUNTRY_LOOKALIKE_SUFFIXES: ReadonlySet<string> = new Set([
  'ae.org',
  'africa.com',
  'br.com',
  'cn.com',
  'co.com',
  'co.nl',
  'co.no',
  'co.ua',
  'com.de',
  'com.se',
  'de.com',
  'eu.com',
  'gb.net',
  'gr.com',
  'hu.net',
  'in.net',
  'it.com',
  'jp.net',
  'jpn.com',
  'mex.com',
  'ru.com',
  'sa.com',
  'se.net',
  'uk.com',
  'uk.net',
  'us.com',
  'us.org',
  'za.bz',
  'za.com',
]);

/** The country-like suffix a domain is registered under, or null. */
export function countryLookalikeSuffixOf(domain: string | null | undefined): string | null {
  const d = (domain ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (!d) return null;
  const suffix = publicSuffixOf(d, { privateDomains: true });
  return suffix && suffix !== d && COUNTRY_LOOKALIKE_SUFFIXES.has(suffix) ? suffix : null;
}

export function countryLookalikeSuffixFindings(msg: ParsedMessage): Finding[] {
  const from = msg.from;
  const suffix = countryLookalikeSuffixOf(from?.domain);
  if (!from || !suffix) return [];
  return [
    {
      id: 'country-lookalike-suffix',
      severity: 'low',
      messageKey: 'finding.country-lookalike-suffix',
      params: { address: from.address, suffix },
      evidence: [{ kind: 'address', value: from.address, label: 'From' }],
    },
  ];
}
