/**
 * Identifier alignment (RFC 9989 section 3.2 / 4.4): strict = identical domains (case-insensitive);
 * relaxed = same Organizational Domain, both found by the DNS Tree Walk (4.10.2).
 */
import { organizationalDomain, type DmarcDns } from './tree-walk.js';

export type AlignmentResult = { kind: 'aligned' } | { kind: 'not-aligned' } | { kind: 'temp'; why: string };

export async function checkAlignment(
  dns: DmarcDns,
  authorDomain: string,
  authorOrg: string,
  identifier: string,
  mode: 'r' | 's',
): Promise<AlignmentResult> {
  if (identifier === '') return { kind: 'not-aligned' };
  if (identifier === authorDomain) return { kind: 'aligned' };
  if (mode === 's') return { kind: 'not-aligned' };
  const org = await organizationalDomain(dns, identifier);
  if (org.kind === 'temp') return org;
  return org.domain === authorOrg ? { kind: 'aligned' } : { kind: 'not-aligned' };
}
