/**
 * DNS blocklists Sender Lens knows by name (RFC 5782), with each list's documented return codes and its "query
 * refused" answers. A list the user names that is not here gets the generic RFC 5782 reading: any 127.0.0.0/8 answer
 * is a listing (2.1, 2.3), except 127.0.0.1 (section 5: no list may contain the 127.0.0.1 test entry, so answering it
 * means something else) and 127.255.255.0/24, which the large lists use to refuse queries.
 * Sources: Spamhaus "DNSBL return codes" (docs.spamhaus.com, 2024), SURBL "Lists" (surbl.org/lists), URIBL "Usage"
 * (uribl.com/about.shtml), SpamCop "What is the SpamCop Blocking List" (spamcop.net/bl.shtml), Barracuda "BRBL"
 * (barracudacentral.org/rbl). Curated by hand; all are off by default (see DEFAULT_DNSBL_IDS).
 */
import type { Severity } from '../model/finding.js';
import { ipInCidr } from '../dns/ip.js';

export interface DnsblCode {
  meaning: string;
  severity: Severity;
}

export interface DnsblList {
  /** Short id used in settings and on the command line (`spamhaus-zen`), or the zone for user-named lists. */
  id: string;
  zone: string;
  /** `ip`: the origin IP is asked (RFC 5782 2.1/2.4); `domain`: sender and link domains are asked (2.3). */
  kind: 'ip' | 'domain';
  name: string;
  /** Exact answers and what they mean. */
  codes: Readonly<Record<string, DnsblCode>>;
  /** Bitmask lists: bit value of the last octet -> meaning (SURBL, URIBL multi). */
  bits?: Readonly<Record<number, DnsblCode>>;
  /** Answers that mean "query refused" (public resolver, no key, over quota): could not check, never clean. */
  refused: readonly string[];
  /** What the user can do about a refusal. */
  refusalHint: string;
  /** The list's terms require registering (a key or a registered resolver) for this use. */
  registrationRequired: boolean;
  /** Where its terms are. */
  terms: string;
}

const SPAMHAUS_REFUSED = ['127.255.255.252', '127.255.255.254', '127.255.255.255'];
const SPAMHAUS_HINT =
  'Spamhaus refuses queries from public resolvers: use a Spamhaus Data Query Service (DQS) key zone (<key>.zen.dq.spamhaus.net) or your own resolver';
const medium = (meaning: string): DnsblCode => ({ meaning, severity: 'medium' });
const high = (meaning: string): DnsblCode => ({ meaning, severity: 'high' });
const low = (meaning: string): DnsblCode => ({ meaning, severity: 'low' });

export const KNOWN_DNSBLS: readonly DnsblList[] = [
  {
    id: 'spamhaus-zen',
    zone: 'zen.spamhaus.org',
    kind: 'ip',
    name: 'Spamhaus ZEN',
    codes: {
      '127.0.0.2': medium('SBL: known spam source'),
      '127.0.0.3': medium('CSS: snowshoe spam source'),
      '127.0.0.4': high('XBL: exploited host or botnet'),
      '127.0.0.5': high('XBL: exploited host or botnet'),
      '127.0.0.6': high('XBL: exploited host or botnet'),
      '127.0.0.7': high('XBL: exploited host or botnet'),
      '127.0.0.9': high('DROP: hijacked or criminal network'),
      '127.0.0.10': low('PBL: end-user address not meant to send mail directly (ISP)'),
      '127.0.0.11': low('PBL: end-user address not meant to send mail directly (Spamhaus)'),
    },
    refused: SPAMHAUS_REFUSED,
    refusalHint: SPAMHAUS_HINT,
    registrationRequired: true,
    terms: 'https://www.spamhaus.org/organization/dnsblusage/',
  },
  {
    id: 'spamhaus-dbl',
    zone: 'dbl.spamhaus.org',
    kind: 'domain',
    name: 'Spamhaus DBL',
    codes: {
      '127.0.1.2': medium('spam domain'),
      '127.0.1.4': high('phishing domain'),
      '127.0.1.5': high('malware domain'),
      '127.0.1.6': high('botnet C&C domain'),
      '127.0.1.102': low('abused legit domain (spam)'),
      '127.0.1.103': low('abused legit redirector or shortener'),
      '127.0.1.104': medium('abused legit domain (phishing)'),
      '127.0.1.105': medium('abused legit domain (malware)'),
      '127.0.1.106': medium('abused legit domain (botnet C&C)'),
    },
    refused: SPAMHAUS_REFUSED,
    refusalHint: SPAMHAUS_HINT,
    registrationRequired: true,
    terms: 'https://www.spamhaus.org/organization/dnsblusage/',
  },
  {
    id: 'surbl',
    zone: 'multi.surbl.org',
    kind: 'domain',
    name: 'SURBL multi',
    codes: {},
    bits: {
      8: high('SURBL PH: phishing'),
      16: high('SURBL MW: malware'),
      64: medium('SURBL ABUSE: spam'),
      128: medium('SURBL CR: cracked site'),
    },
    refused: ['127.0.0.1'],
    refusalHint:
      'SURBL answers 127.0.0.1 when it blocks the resolver (public resolvers, high volume): use your own resolver or a SURBL data feed',
    registrationRequired: true,
    terms: 'https://www.surbl.org/usage-policy',
  },
  {
    id: 'uribl',
    zone: 'multi.uribl.com',
    kind: 'domain',
    name: 'URIBL multi',
    codes: {},
    bits: { 2: medium('URIBL black'), 4: low('URIBL grey'), 8: medium('URIBL red') },
    refused: ['127.0.0.1'],
    refusalHint:
      'URIBL answers 127.0.0.1 when it refuses the query (public resolvers, high volume): use your own resolver or a URIBL data feed',
    registrationRequired: true,
    terms: 'https://uribl.com/about.shtml',
  },
  {
    id: 'spamcop',
    zone: 'bl.spamcop.net',
    kind: 'ip',
    name: 'SpamCop',
    codes: { '127.0.0.2': medium('reported as a spam source') },
    refused: [],
    refusalHint: '',
    registrationRequired: false,
    terms: 'https://www.spamcop.net/bl.shtml',
  },
  {
    id: 'barracuda',
    zone: 'b.barracudacentral.org',
    kind: 'ip',
    name: 'Barracuda BRBL',
    codes: { '127.0.0.2': medium('poor sending reputation') },
    refused: [],
    refusalHint: 'Barracuda answers only registered resolvers (free registration)',
    registrationRequired: true,
    terms: 'https://www.barracudacentral.org/rbl',
  },
];

/** None of the lists is on unless the user turns it on: each sees the origin IP or the message's domains. */
export const DEFAULT_DNSBL_IDS: readonly string[] = [];

/** Lists consulted per message, at most (each costs one query per IP or domain). */
export const MAX_DNSBLS = 5;

const GENERIC_REFUSED_RANGE = '127.255.255.0/24';

/** A list the user named: a known id or zone, or `ip:ZONE` / `domain:ZONE` (bare unknown zones are IP lists). */
export function dnsblFromSpec(spec: string): DnsblList | null {
  const s = spec.trim().toLowerCase().replace(/\.$/, '');
  const known = KNOWN_DNSBLS.find((l) => l.id === s || l.zone === s);
  if (known) return known;
  const m = /^(?:(ip|domain):)?([a-z0-9_-]+(?:\.[a-z0-9_-]+)+)$/.exec(s);
  if (!m || m[2]!.length > 200) return null;
  return {
    id: m[2]!,
    zone: m[2]!,
    kind: m[1] === 'domain' ? 'domain' : 'ip',
    name: m[2]!,
    codes: {},
    refused: ['127.0.0.1'],
    refusalHint: 'the list refused the query (it may not answer public resolvers)',
    registrationRequired: false,
    terms: '',
  };
}

export type DnsblReading =
  | { kind: 'listed'; codes: string[]; meaning: string; severity: Severity }
  | { kind: 'refused'; codes: string[] }
  | { kind: 'odd'; codes: string[] };

/** Reads the A answers of one DNSxL query (RFC 5782 2.1/2.3). Empty `codes` is handled by the caller (not listed). */
export function readDnsblAnswer(list: DnsblList, codes: readonly string[]): DnsblReading {
  const all = [...codes];
  if (all.some((c) => list.refused.includes(c) || ipInCidr(c, GENERIC_REFUSED_RANGE))) return { kind: 'refused', codes: all };
  const listed = all.filter((c) => ipInCidr(c, '127.0.0.0/8'));
  if (listed.length === 0) return { kind: 'odd', codes: all };
  const meanings: DnsblCode[] = [];
  for (const c of listed) {
    const exact = list.codes[c];
    if (exact) meanings.push(exact);
    else if (list.bits) {
      const last = Number(c.split('.')[3]);
      for (const [bit, m] of Object.entries(list.bits)) if (last & Number(bit)) meanings.push(m);
    }
  }
  if (meanings.length === 0) return { kind: 'listed', codes: listed, meaning: 'listed', severity: 'medium' };
  const rank = ['info', 'low', 'medium', 'high', 'critical'];
  const worst = meanings.reduce((a, b) => (rank.indexOf(b.severity) > rank.indexOf(a.severity) ? b : a));
  return { kind: 'listed', codes: listed, meaning: [...new Set(meanings.map((m) => m.meaning))].join('; '), severity: worst.severity };
}
