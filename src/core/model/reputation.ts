/** Reputation facts about one registrable domain the message names (RDAP age, DNS blocklist listings). */

/** What RDAP said about a domain's registration. `unavailable` = could not check (never a pass). */
export type DomainAgeStatus = 'registered' | 'hidden' | 'unavailable' | 'no-service' | 'skipped';

export interface DomainListing {
  /** Blocklist zone, e.g. `dbl.spamhaus.org`. */
  list: string;
  /** The 127.x answer(s). */
  codes: string[];
  /** What the list says the code means ("phishing domain"), when known. */
  meaning: string | null;
}

export interface DomainReputation {
  /** Registrable domain (ASCII). */
  domain: string;
  /** Where the message names it. */
  roles: Array<'from' | 'reply-to' | 'return-path' | 'link'>;
  age?: {
    status: DomainAgeStatus;
    /** ISO date of the RDAP `registration` event (RFC 9083 4.5). */
    registered: string | null;
    /** Whole days from registration to the message's Date (or to now when it has none). */
    ageDays: number | null;
    /** Why it could not be checked, in plain English. */
    reason: string | null;
  };
  /** Listings on the domain blocklists the user enabled ([] = asked and not listed; absent = not asked). */
  listings?: DomainListing[];
  /** Domain blocklists asked about this domain. */
  dnsblAsked?: string[];
  /** Blocklists that could not answer (refused, SERVFAIL, timeout), with why. */
  dnsblUnavailable?: Array<{ list: string; reason: string }>;
}
