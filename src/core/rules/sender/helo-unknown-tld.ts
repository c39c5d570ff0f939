/**
 * `helo-unknown-tld`: the outside server that handed the message over introduced itself (HELO/EHLO) with a name under
 * a top-level domain that does not exist (`dzkt.miy.qsp`, `uncm.indrieclxf.xrc`). RFC 5321 section 4.1.1.1: the
 * client SHOULD send its fully qualified domain name; a name no DNS can resolve is made up, which is what bulk kits
 * send when they invent names. IP literals and single-label names are helo-anomaly's (sender/helo.ts). Names under
 * the labels people use inside their own networks (RFC 6762 appendix G: `.local`, `.lan`, `.home`, `.corp`,
 * `.internal`, `.localdomain`...) are left out: a misconfigured small office server says those, not a kit.
 */
import type { Finding } from '../../model/finding.js';
import type { Origin } from '../../model/hop.js';
import { parseDomain, PSL_ICANN_HOST } from '../../net/registrable.js';

/** RFC 6762 appendix G private-use top-level labels and what small networks commonly use. */
const PRIVATE_USE_TLDS = new Set(['local', 'localdomain', 'localnet', 'lan', 'home', 'corp', 'internal', 'intranet', 'private', 'priv']);
const MAX_NAME = 253;

/** The unknown top-level label of a HELO name, or null when the name is fine, an IP literal or not dotted. */
export function unknownTldOf(helo: string | null | undefined): string | null {
  const h = (helo ?? '').trim().replace(/^"|"$/g, '').replace(/\.$/, '').toLowerCase();
  if (!h || h.length > MAX_NAME || h.startsWith('[') || !h.includes('.')) return null;
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(h)) return null;
  const tld = h.slice(h.lastIndexOf('.') + 1);
  if (/^\d+$/.test(tld) || PRIVATE_USE_TLDS.has(tld)) return null;
  const p = parseDomain(h, PSL_ICANN_HOST);
  return p.isIcann ? null : tld;
}

export function heloUnknownTldFindings(origin: Origin | null): Finding[] {
  const helo = origin?.helo ?? null;
  const tld = unknownTldOf(helo);
  if (!helo || tld === null) return [];
  const evidence: Finding['evidence'] = [{ kind: 'header', value: helo, label: 'HELO' }];
  if (origin?.ip) evidence.push({ kind: 'ip', value: origin.ip, label: 'client IP' });
  return [
    {
      id: 'helo-unknown-tld',
      severity: 'low',
      messageKey: 'finding.helo-unknown-tld',
      params: { helo, tld, ip: origin?.ip ?? '-' },
      evidence,
    },
  ];
}
