/**
 * ARC-Authentication-Results (RFC 8617 section 4.1.1: `i=N;` followed by an RFC 8601 payload). Parsed into the
 * same shape as Authentication-Results for reporting only: without a validated ARC chain these are claims.
 */
import type { AuthResultsHeader } from '../../model/auth.js';
import type { HeaderField } from '../../model/message.js';
import { parseAuthResults, type AuthResMode } from './parse-authres.js';

export interface ArcAuthResults {
  /** ARC instance number i= (1..50, RFC 8617 4.2.1). */
  instance: number;
  header: AuthResultsHeader;
}

export function parseArcAuthResults(value: string, mode: AuthResMode): ArcAuthResults | null {
  if (typeof value !== 'string') return null;
  const v = value.replace(/^\s*ARC-Authentication-Results[ \t]*:/i, '');
  const m = /^\s*i\s*=\s*(\d{1,3})\s*;/.exec(v);
  if (!m) return null;
  const instance = Number(m[1]);
  if (instance < 1 || instance > 50) return null;
  const header = parseAuthResults(v.slice(m[0].length), mode);
  return header ? { instance, header: { ...header, raw: value } } : null;
}

/** All ARC-Authentication-Results of a message (relaxed parsing), oldest instance first. */
export function collectArcAuthResults(headers: HeaderField[]): ArcAuthResults[] {
  const out: ArcAuthResults[] = [];
  headers.forEach((h, i) => {
    if (h.key !== 'arc-authentication-results') return;
    const p = parseArcAuthResults(h.value, 'relaxed');
    if (p) out.push({ instance: p.instance, header: { ...p.header, headerIndex: i } });
  });
  return out.sort((a, b) => a.instance - b.instance);
}
