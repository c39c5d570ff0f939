/**
 * The one IP-address module of the core: parse (ip-parse), format / normalize / reverse names (ip-format),
 * Received-header literals (ip-literal), CIDR matching (ip-cidr) and classification (ip-class).
 * `dns/ip.ts`, `received/ip.ts` and `auth/spf/ip.ts` re-export it with their callers' historical syntax.
 */

export {
  type IpBytes,
  type IpSyntax,
  STRICT_IP_SYNTAX,
  DNS_IP_SYNTAX,
  RECEIVED_IP_SYNTAX,
  parseIPv4,
  parseIPv6,
  parseIp,
  isV4Mapped,
} from './ip-parse.js';
export { formatIp, normalizeIp, ipDotted, reversedLabels, reverseName, reverseNameOfText } from './ip-format.js';
export { parseReceivedIp, normalizeReceivedIp, isIpLiteral } from './ip-literal.js';
export { prefixMatch, ipInCidr, cidrMatcher, cidrRange, inCidrRange, type CidrRange } from './ip-cidr.js';
export { isLoopbackIp, isNonPublicIp, isNonPublicAddress } from './ip-class.js';
