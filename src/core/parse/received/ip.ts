/**
 * IP helpers for Received parsing and the trust boundary, from the shared `net/ip.ts`: Received-header address
 * normalization (brackets, `IPv6:`, ports, zone ids, leading-zero octets, IPv4-mapped -> IPv4; RFC 5952 output),
 * trust-setting CIDR matchers and loopback / non-public classification.
 */

export {
  normalizeReceivedIp as normalizeIp,
  parseReceivedIp,
  isIpLiteral,
  cidrMatcher,
  cidrRange,
  inCidrRange,
  type CidrRange,
  isLoopbackIp,
  isNonPublicIp,
  isNonPublicAddress,
} from '../../net/ip.js';
