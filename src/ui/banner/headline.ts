/**
 * The banner's one line: what is wrong, in plain words, built from report.claimedEntity and the top findings,
 * e.g. "This is not KAGOYA: <finding 1>; <finding 2>". A finding may provide a short phrase under
 * `<messageKey>.short` in the core catalog; otherwise its full message is used.
 */
import type { Finding } from '../../core/model/finding.js';
import type { Report } from '../../core/model/report.js';
import { hasText, tr, type Lang } from '../shared/i18n.js';

/** Findings shown in the banner (the strongest, already sorted by the core), info-level ones excluded. */
export function topFindings(report: Report, n = 3): Finding[] {
  return report.findings.filter((f) => f.severity !== 'info').slice(0, n);
}

export function findingText(f: Finding, lang: Lang): string {
  return tr(f.messageKey, lang, f.params);
}

export function findingPhrase(f: Finding, lang: Lang): string {
  const short = `${f.messageKey}.short`;
  return hasText(short) ? tr(short, lang, f.params) : findingText(f, lang);
}

function lead(report: Report, lang: Lang): string {
  const entity = report.claimedEntity?.name.trim();
  if (report.verdict === 'danger') return entity ? tr('ui.banner.notFrom', lang, { entity }) : tr('ui.banner.danger', lang);
  return entity ? tr('ui.banner.maybeNotFrom', lang, { entity }) : tr('ui.banner.caution', lang);
}

const stripEnd = (s: string) => s.replace(/[.。]\s*$/u, '');

export function buildHeadline(report: Report, lang: Lang, phrases = 2): string {
  const start = lead(report, lang);
  const parts = topFindings(report, phrases).map((f) => {
    const p = stripEnd(findingPhrase(f, lang));
    return lang === 'en' && p ? p.charAt(0).toLowerCase() + p.slice(1) : p;
  });
  if (!parts.length) return lang === 'ja' ? `${start}。` : `${start}.`;
  return lang === 'ja' ? `${start}：${parts.join('。')}。` : `${start}: ${parts.join('; ')}.`;
}
