/** Popup section: each sender and link domain with its age (RDAP) and blocklist listings. Text only. */
import type { Report } from '../../core/model/report.js';
import { reputationParts } from '../../core/report/format-reputation.js';
import { el, untrustedText } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { checkCauseKey } from '../shared/check-sentences.js';

/** A failure reason as its plain cause (the line already says the check failed; the raw one stays in the copied text report). */
const plainReason =
  (lang: Lang) =>
  (raw: string): string =>
    tr(checkCauseKey({ name: 'reputation', status: 'unavailable', reason: raw }) ?? 'plain.cause.temporary', lang);

export function reputationSection(c: { doc: Document; lang: Lang }, r: Report): HTMLElement | null {
  if (!r.reputation?.length) return null;
  const items = r.reputation.map((d) => {
    const young = r.findings.some((f) => f.id === 'domain-young' && f.params.domain === d.domain);
    const listed = (d.listings ?? []).length > 0;
    return el(
      c.doc,
      'li',
      { className: young || listed ? 'domain flagged' : 'domain', attrs: { 'data-domain': d.domain } },
      untrustedText(c.doc, d.domain, 'mono'),
      el(c.doc, 'span', { className: 'extra' }, ` (${d.roles.join(', ')})`),
      ...reputationParts(d, c.lang, plainReason(c.lang)).map((p) => el(c.doc, 'div', { className: 'extra' }, untrustedText(c.doc, p))),
    );
  });
  return el(
    c.doc,
    'section',
    { className: 'section reputation' },
    el(c.doc, 'h2', {}, tr('ui.popup.reputation', c.lang)),
    el(c.doc, 'ul', { className: 'reputation' }, ...items),
  );
}
