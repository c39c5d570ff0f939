/**
 * One line per sender/link domain: its age from RDAP and its blocklist listings (Report.reputation). Plain text for
 * the CLI, the "copy for your admin" text and the popup; callers never render it as HTML.
 */
import type { DomainReputation } from '../model/reputation.js';
import { t, type Lang } from '../i18n/index.js';

/**
 * `reason` turns a technical failure reason into what the reader sees: the raw English reason by default (CLI, the
 * text report for admins); the popup passes a plain sentence instead (never a raw transport error in front of a user).
 */
export function reputationParts(d: DomainReputation, lang: Lang, reason: (raw: string) => string = (raw) => raw): string[] {
  const L = (key: string, params = {}) => t(key, params, lang);
  const parts: string[] = [];
  const a = d.age;
  if (a) {
    if (a.status === 'registered' && a.ageDays !== null)
      parts.push(L('report.rep.registered', { date: (a.registered ?? '').slice(0, 10), days: a.ageDays }));
    else if (a.status === 'registered') parts.push(L('report.rep.registeredAfter', { date: (a.registered ?? '').slice(0, 10) }));
    else if (a.status === 'hidden') parts.push(L('report.rep.hidden'));
    else if (a.status === 'no-service') parts.push(L('report.rep.noService'));
    else if (a.status === 'unavailable') parts.push(L('report.rep.unavailable', { reason: reason(a.reason ?? '?') }));
  }
  for (const l of d.listings ?? [])
    parts.push(L('report.rep.listed', { list: l.list, codes: l.codes.join(', '), meaning: l.meaning ?? '?' }));
  const bad = new Set((d.dnsblUnavailable ?? []).map((u) => u.list));
  for (const u of d.dnsblUnavailable ?? []) parts.push(L('report.rep.listUnavailable', { list: u.list, reason: reason(u.reason) }));
  const clean = (d.dnsblAsked ?? []).filter((l) => !bad.has(l) && !(d.listings ?? []).some((x) => x.list === l));
  if (clean.length > 0) parts.push(L('report.rep.notListed', { lists: clean.join(', ') }));
  return parts;
}

/** `  example.com (link): registered 2026-01-01 (2 days before the message); listed on dbl...` lines, or []. */
export function formatReputationLines(reputation: readonly DomainReputation[] | undefined, lang: Lang): string[] {
  if (!reputation || reputation.length === 0) return [];
  return [
    `== ${t('report.reputation', {}, lang)} ==`,
    ...reputation.map((d) => `  ${d.domain} (${d.roles.join(', ')}): ${reputationParts(d, lang).join('; ') || '-'}`),
  ];
}
