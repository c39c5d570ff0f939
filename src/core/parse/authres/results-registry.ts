/**
 * Result keywords per method, from the IANA "Email Authentication Result Names" registry (RFC 8601 section 2.7,
 * RFC 7489 11.2 DMARC, RFC 8617 ARC, BIMI draft, RFC 7293 RRVS, RFC 6212 VBR, RFC 5617 ADSP). Strict mode only
 * accepts these for known methods; unknown and x- methods take any keyword.
 */
const BASIC = ['none', 'pass', 'fail', 'temperror', 'permerror'];

export const METHOD_RESULTS: Readonly<Record<string, readonly string[]>> = {
  auth: BASIC,
  dkim: [...BASIC, 'policy', 'neutral'],
  domainkeys: [...BASIC, 'policy', 'neutral'],
  spf: [...BASIC, 'softfail', 'policy', 'neutral', 'hardfail'],
  'sender-id': [...BASIC, 'softfail', 'policy', 'neutral', 'hardfail'],
  iprev: ['pass', 'fail', 'temperror', 'permerror'],
  dmarc: BASIC,
  arc: ['none', 'pass', 'fail'],
  bimi: ['pass', 'none', 'fail', 'temperror', 'declined', 'skipped'],
  smime: [...BASIC, 'policy', 'neutral'],
  rrvs: [...BASIC, 'unknown'],
  vbr: BASIC,
  'dkim-adsp': [...BASIC, 'unknown', 'discard', 'nxdomain'],
  'dkim-atps': [...BASIC],
  dnswl: ['pass', 'none', 'fail', 'temperror', 'permerror'],
};

/** RFC 8601 2.3: ptype values. */
export const PTYPES = new Set(['smtp', 'header', 'body', 'policy']);
