/**
 * The banner's words: a headline that names no finding (it wraps, it is never cut), the strongest two or three
 * reasons in plain words (shared/plain-reasons.ts) and one line of advice. `findingText` is a finding's full
 * (technical) sentence, used by the popup's admin details.
 */
import type { Finding } from '../../core/model/finding.js';
import type { Report } from '../../core/model/report.js';
import { hasText, tr, type Lang } from '../shared/i18n.js';
import { plainHeadline, plainReasons } from '../shared/plain-reasons.js';

/** Findings shown in the banner: the strongest, one per concern, info and "could not check" ones excluded. */
export function topFindings(report: Report, n = 3): Finding[] {
  return plainReasons(report, 'en', n).map((r) => r.finding);
}

export function findingText(f: Finding, lang: Lang): string {
  return tr(f.messageKey, lang, f.params);
}

export function findingPhrase(f: Finding, lang: Lang): string {
  const short = `${f.messageKey}.short`;
  return hasText(short) ? tr(short, lang, f.params) : findingText(f, lang);
}

/** The headline sentence (no reason in it: the reasons are the bullets below, never repeated). */
export function buildHeadline(report: Report, lang: Lang): string {
  return plainHeadline(report, lang);
}
