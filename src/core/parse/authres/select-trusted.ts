/**
 * Which Authentication-Results to believe. RFC 8601 section 5: a receiver MUST only use results from its own
 * authserv-id, and headers below the trust boundary (added before the message reached the recipient's
 * systems) are attacker-controlled and are ignored (section 7.2 forged headers), even with a trusted id.
 */
import type { AuthResultsHeader } from '../../model/auth.js';
import type { HeaderField } from '../../model/message.js';
import type { Hop } from '../../model/hop.js';
import { parseReceived } from '../received/parse-received.js';
import { isInternalIp } from '../received/trust-boundary.js';
import { parseAuthResults } from './parse-authres.js';

const MAX_AR_HEADERS = 50;

export interface TrustedAuthResults {
  trusted: AuthResultsHeader[];
  ignored: { authservId: string | null; reason: string }[];
}

/**
 * Index (among all headers) of the Received header that records the origin, i.e. the boundary: headers at a
 * larger index were written before the recipient's systems got the message. Pass the origin's hop index from
 * applyTrustBoundary; without it the first Received header with a public client IP is used.
 */
export function boundaryHeaderIndex(
  headers: HeaderField[],
  originHopIndex?: number | null,
  /** The hops already parsed from these headers (buildHops), to read their addresses instead of parsing again. */
  hops?: readonly Pick<Hop, 'ip'>[],
): number {
  let n = 0;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.key !== 'received') continue;
    if (originHopIndex !== undefined && originHopIndex !== null) {
      if (n === originHopIndex) return i;
    } else {
      const ip = hops && n < hops.length ? hops[n]!.ip : parseReceived(h.value, n).ip;
      if (ip !== null && !isInternalIp(ip)) return i;
    }
    n++;
    if (n > 1000) break;
  }
  return headers.length;
}

function idMatches(id: string, trusted: string[]): boolean {
  const a = id.toLowerCase().replace(/\.$/, '');
  return trusted.some((t) => t.toLowerCase().replace(/\.$/, '') === a);
}

export interface SelectOptions {
  /**
   * Accept a header without authserv-id (Outlook / Exchange Online writes `Authentication-Results: spf=...`
   * with none) when it sits above the boundary. Only the recipient's own systems can prepend headers there,
   * so position alone identifies the writer; used when the user configured no authserv-ids to match.
   */
  acceptMissingIdAboveBoundary?: boolean;
  /**
   * The host that stamped the boundary hop (the origin's `receivedBy`). Some receivers (Proton, some milter
   * setups) insert their Authentication-Results below their own Received line. RFC 8601 section 5 says a
   * receiver SHOULD delete incoming headers carrying its own authserv-id, so a header whose id is exactly this
   * host is accepted below the boundary too. Deliberate deviation from strict position-only trust.
   */
  boundaryHost?: string | null;
}

export function selectTrustedAuthResults(
  headers: HeaderField[],
  trustedIds: string[],
  boundaryIndex?: number,
  opts: SelectOptions = {},
): TrustedAuthResults {
  const limit = boundaryIndex ?? boundaryHeaderIndex(headers);
  const trusted: AuthResultsHeader[] = [];
  const ignored: TrustedAuthResults['ignored'] = [];
  let seen = 0;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.key !== 'authentication-results') continue;
    if (++seen > MAX_AR_HEADERS) {
      ignored.push({ authservId: null, reason: `more than ${MAX_AR_HEADERS} Authentication-Results headers` });
      break;
    }
    const parsed = parseAuthResults(h.value, 'relaxed');
    if (parsed === null) {
      ignored.push({ authservId: null, reason: 'unparseable' });
      continue;
    }
    const id = parsed.authservId;
    const sameAsBoundaryHost =
      !!id && !!opts.boundaryHost && id.toLowerCase().replace(/\.$/, '') === opts.boundaryHost.toLowerCase().replace(/\.$/, '');
    if (i > limit && sameAsBoundaryHost) {
      trusted.push({ ...parsed, headerIndex: i });
    } else if (i > limit) {
      ignored.push({ authservId: id, reason: "below the trust boundary (added before the message reached the recipient's servers)" });
    } else if ((id === null || id === '') && opts.acceptMissingIdAboveBoundary && boundaryIndex !== undefined) {
      trusted.push({ ...parsed, headerIndex: i });
    } else if (id === null || id === '') {
      ignored.push({ authservId: null, reason: 'no authserv-id' });
    } else if (!idMatches(id, trustedIds)) {
      ignored.push({ authservId: id, reason: "authserv-id is not one of the recipient's trusted servers" });
    } else {
      trusted.push({ ...parsed, headerIndex: i });
    }
  }
  return { trusted, ignored };
}
