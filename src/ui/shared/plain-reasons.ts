/**
 * What a person who is not a mail expert reads first (banner, top of the popup): a headline that names no finding,
 * the strongest reasons in plain words (one per concern, so "the link shows X but goes to Y" and "the link goes to a
 * rented host" do not both take a line), and one line of advice. Texts come from the core catalog (`plain.*`).
 */
import type { Finding } from '../../core/model/finding.js';
import type { Report } from '../../core/model/report.js';
import { hasText, tr, type Lang } from './i18n.js';

/** What a reason is about: at most one reason per concern is shown in the banner. */
type Concern = 'identity' | 'lookalike' | 'link' | 'auth' | 'lure' | 'server' | 'other';

/**
 * Among findings of equal severity, the ones a non-expert understands best come first: who the sender pretends
 * to be, where the link really goes, then whether the sender's domain vouches for the server.
 */
const EXPLAINS_BEST: ReadonlyArray<readonly [string, Concern]> = [
  ['display-name-address-mismatch', 'identity'],
  ['lookalike-domain', 'lookalike'],
  ['display-name-brand-mismatch', 'identity'],
  ['own-domain-impersonation', 'identity'],
  ['brand-on-shared-host', 'link'],
  ['link-text-mismatch', 'link'],
  ['spf-fail', 'auth'],
  ['dmarc-fail', 'auth'],
  ['auth-results-fail', 'auth'],
  ['dkim-fail', 'auth'],
  ['credential-lure', 'lure'],
  ['urgency-lure', 'lure'],
  ['spf-softfail', 'auth'],
  ['punycode-link', 'link'],
  ['ip-literal-link', 'link'],
  ['shortener-link', 'link'],
  ['origin-not-sender-infrastructure', 'server'],
  ['no-ptr', 'server'],
  ['ptr-not-confirmed', 'server'],
  ['helo-anomaly', 'server'],
  ['helo-mismatch', 'server'],
];
const RANK = new Map(EXPLAINS_BEST.map(([id], i) => [id, i]));
const CONCERN = new Map<string, Concern>(EXPLAINS_BEST);
const SEVERITY = ['critical', 'high', 'medium', 'low'];

/** Findings that only say a check could not be done: listed apart, never under "What is wrong". */
export function isCouldNotCheck(f: Finding): boolean {
  return /-(temperror|permerror)$/.test(f.id) || f.id === 'analysis-error';
}

/** Real findings (not info, not "could not check"), strongest first, the best explaining first among equals. */
export function realFindings(report: Report): Finding[] {
  return report.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.severity !== 'info' && !isCouldNotCheck(f))
    .sort(
      (a, b) =>
        SEVERITY.indexOf(a.f.severity) - SEVERITY.indexOf(b.f.severity) ||
        (RANK.get(a.f.id) ?? RANK.size) - (RANK.get(b.f.id) ?? RANK.size) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** The plain sentence for a finding: `plain.<key without finding.>`, else `plain.<id>`, else its full text. */
export function plainReason(f: Finding, lang: Lang): string {
  const keyPart = f.messageKey.startsWith('finding.') ? f.messageKey.slice('finding.'.length) : f.id;
  const candidates = [
    f.id === 'own-domain-impersonation' && f.params.ownSource === 'recipient' ? 'plain.own-domain-impersonation.recipient' : '',
    `plain.${keyPart}`,
    `plain.${f.id}`,
  ].filter(Boolean);
  const key = candidates.find((k) => hasText(k));
  return key ? tr(key, lang, f.params) : tr(f.messageKey, lang, f.params);
}

export interface PlainReason {
  finding: Finding;
  text: string;
}

/**
 * The strongest `n` reasons, one per concern (banner); with `n = Infinity` and `onePerConcern = false`, every real
 * finding once (popup). Identical sentences are shown once.
 */
export function plainReasons(report: Report, lang: Lang, n = 3, onePerConcern = true): PlainReason[] {
  const out: PlainReason[] = [];
  const concerns = new Set<Concern>();
  for (const f of realFindings(report)) {
    if (out.length >= n) break;
    const concern = CONCERN.get(f.id) ?? 'other';
    if (onePerConcern && concern !== 'other' && concerns.has(concern)) continue;
    const text = plainReason(f, lang);
    if (out.some((r) => r.text === text)) continue;
    concerns.add(concern);
    out.push({ finding: f, text });
  }
  return out;
}

/** The headline: what this is, in one sentence; never one of the reasons (those follow as bullets). */
export function plainHeadline(report: Report, lang: Lang): string {
  const entity = report.claimedEntity?.name.trim();
  const danger = report.verdict === 'danger';
  if (entity) return tr(danger ? 'plain.headline.notFrom' : 'plain.headline.maybeNotFrom', lang, { entity });
  return tr(danger ? 'plain.headline.danger' : 'plain.headline.caution', lang);
}

/** One line of advice; names the configured report address when there is one. */
export function plainAdvice(report: Report, lang: Lang, reportAddress = ''): string {
  const address = reportAddress.trim();
  const base = report.verdict === 'danger' ? (report.links.length ? 'plain.advice.links' : 'plain.advice.nolinks') : 'plain.advice.caution';
  return address ? tr(`${base}.to`, lang, { address }) : tr(base, lang);
}

/** The report's strength of evidence (strong/some/weak), or null when there is none worth naming. */
export function strengthOf(report: Report): 'strong' | 'some' | 'weak' | null {
  const s = report.strength;
  return s === 'strong' || s === 'some' || s === 'weak' ? s : null;
}
