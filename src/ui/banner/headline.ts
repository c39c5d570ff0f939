/**
 * The banner's one line: what is wrong, in plain words, built from report.claimedEntity and the top findings,
 * e.g. "This is not KAGOYA: <finding 1>; <finding 2>". A finding may provide a short phrase under
 * `<messageKey>.short` in the core catalog; otherwise its full message is used.
 */
import type { Finding } from '../../core/model/finding.js';
import type { Report } from '../../core/model/report.js';
import { hasText, tr, type Lang } from '../shared/i18n.js';

/**
 * Among findings of equal severity, the ones that explain best come first in the banner: who may send for the
 * domain (authentication), then where the links really go, then what the message pretends.
 */
const EXPLAINS_BEST = ['spf-fail', 'dmarc-fail', 'auth-results-fail', 'brand-on-shared-host', 'lookalike-domain', 'link-text-mismatch', 'display-name-brand-mismatch', 'own-domain-impersonation', 'display-name-address-mismatch'];
const rankOf = (f: Finding) => {
  const i = EXPLAINS_BEST.indexOf(f.id);
  return i < 0 ? EXPLAINS_BEST.length : i;
};

/** Findings shown in the banner (the strongest by the core's order, explanatory ones first), info-level ones excluded. */
export function topFindings(report: Report, n = 3): Finding[] {
  const sevOrder = ['critical', 'high', 'medium', 'low'];
  return report.findings
    .filter((f) => f.severity !== 'info')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => sevOrder.indexOf(a.f.severity) - sevOrder.indexOf(b.f.severity) || rankOf(a.f) - rankOf(b.f) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.f);
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
