/**
 * Why a message whose sender domain is authenticated still has no ✓ (issue #12, "what ✓ means"): DMARC or aligned
 * DKIM proved where the mail comes from, but from a domain we do not know as an organisation's own, or from a mailbox
 * at a provider where anyone can open one. One plain sentence under an "unknown" verdict; nothing otherwise.
 */
import type { Report } from '../../core/model/report.js';
import { el } from '../shared/dom.js';
import { hasText, tr, type Lang } from '../shared/i18n.js';

/** The info findings that explain a missing ✓, in the order they are looked for. */
const EXPLAINS_NO_CHECK = ['verified-unknown-domain', 'verified-open-mailbox'] as const;

/** The sentence, or null when the verdict is not "unknown" or nothing was authenticated. */
export function whyNoCheck(report: Report, lang: Lang): string | null {
  if (report.verdict !== 'unknown') return null;
  for (const id of EXPLAINS_NO_CHECK) {
    const f = report.findings.find((x) => x.id === id);
    if (!f) continue;
    const key = hasText(`plain.${id}`) ? `plain.${id}` : f.messageKey;
    return tr(key, lang, f.params);
  }
  return null;
}

/** The note element (message-derived domain as text only), or null. */
export function whyNoCheckNote(doc: Document, report: Report, lang: Lang): HTMLElement | null {
  const text = whyNoCheck(report, lang);
  return text ? el(doc, 'p', { className: 'note why-no-check', untrusted: true }, text) : null;
}
