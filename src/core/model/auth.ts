/** Results of email authentication, whether computed locally or read from the trusted receiver's headers. */

export type SpfResultWord = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';

export interface SpfOutcome {
  result: SpfResultWord;
  /** Domain checked (MAIL FROM domain, or HELO). */
  domain: string;
  /** Which identity was checked. */
  scope: 'mfrom' | 'helo';
  ip: string;
  /** The mechanism that matched, e.g. `ip4:203.142.206.0/24`, `-all`. */
  mechanism: string | null;
  /** exp= text when the result is fail and an explanation was found. */
  explanation: string | null;
  /** Human-readable reason (English, technical), e.g. "52.140.204.1 not in v=spf1 ip4:203.142.206.0/24 -all". */
  reason: string;
  /** DNS-querying terms used (RFC 7208 4.6.4 limit 10) and void lookups (limit 2). */
  lookups: number;
  voidLookups: number;
}

export type DkimResultWord = 'pass' | 'fail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

export interface DkimOutcome {
  result: DkimResultWord;
  /** Signing domain d= and selector s= ('' if the signature could not be parsed that far). */
  domain: string;
  selector: string;
  algorithm: string;
  /** Agent or User Identifier i=. */
  identity: string | null;
  /** Weaknesses worth reporting even on pass: `rsa-sha1`, `l=`, `short-key`, `testing` (t=y), `unsigned-from-copy`... */
  weaknesses: string[];
  reason: string;
  /** Key size in bits for RSA, when known. */
  keyBits: number | null;
}

export type DmarcResultWord = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';

export interface DmarcOutcome {
  result: DmarcResultWord;
  /** RFC5322.From domain. */
  fromDomain: string;
  /** Domain whose record was applied (may be an organizational/PSD domain after the tree walk). */
  policyDomain: string | null;
  policy: 'none' | 'quarantine' | 'reject' | null;
  /** Policy that applies to this message after sp=/np= selection. */
  appliedPolicy: 'none' | 'quarantine' | 'reject' | null;
  spfAligned: boolean;
  dkimAligned: boolean;
  alignment: { spf: 'r' | 's'; dkim: 'r' | 's' } | null;
  testing: boolean;
  reason: string;
}

export type ArcResultWord = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';

export interface ArcOutcome {
  result: ArcResultWord;
  /** Number of ARC sets (instances) found. */
  instances: number;
  /** Sealer domains, oldest first. */
  sealers: string[];
  /** The oldest ARC-Authentication-Results, reported (never trusted blindly). */
  oldestAuthResults: string | null;
  reason: string;
}

/** One method result from an Authentication-Results header (RFC 8601). */
export interface AuthResultsMethod {
  method: string;
  result: string;
  reason: string | null;
  /** ptype.property = value, e.g. `smtp.mailfrom` -> `kagoya.net`, `header.d` -> `kagoya.jp`. */
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  authservId: string | null;
  methods: AuthResultsMethod[];
  /** Header index among all headers (0 = top). */
  headerIndex: number;
  raw: string;
}

export interface AuthSummary {
  /** Computed locally by Sender Lens (null when not run: offline or no origin IP). */
  spf: SpfOutcome | null;
  dkim: DkimOutcome[];
  dmarc: DmarcOutcome | null;
  arc: ArcOutcome | null;
  /** Authentication-Results from the trusted receiver only (matched authserv-id), newest first. */
  receiver: AuthResultsHeader[];
  /** Authentication-Results headers that were present but not trusted, with why. */
  ignoredReceiverHeaders: { authservId: string | null; reason: string }[];
}
