/**
 * The mail a user sends to their admin with "Report phishing": subject and plain-text body (an intro line and the
 * text report). Thunderbird forwards the message itself as an attachment; webmail opens it as a mailto: link.
 */
import { t, type Lang } from '../i18n/index.js';
import type { Report } from '../model/report.js';
import { formatReportText } from './format-text.js';

/** Longest subject quoted in the report's own subject (the full subject is in the attached message). */
const MAX_QUOTED_SUBJECT = 120;

export function reportMail(report: Report, lang: Lang): { subject: string; body: string } {
  const quoted = report.message.subject.replace(/[\r\n\t]+/g, ' ').slice(0, MAX_QUOTED_SUBJECT);
  const subject = t('plain.report.subject', { subject: quoted }, lang);
  const intro = t('plain.report.intro', { verdict: t(`verdict.${report.verdict}`, {}, lang) }, lang);
  return { subject, body: `${intro}\n\n${formatReportText(report, lang)}\n` };
}

/**
 * A mailto: URL (RFC 6068) for the report. Bodies are cut to `maxBody` characters (mail programs and browsers
 * refuse very long URLs); the full report goes in a downloaded file next to it.
 */
export function reportMailto(report: Report, lang: Lang, address: string, maxBody = 1500): string {
  const { subject, body } = reportMail(report, lang);
  const shortBody = body.length > maxBody ? `${body.slice(0, maxBody)}\n…` : body;
  // RFC 6068 2: the address part is percent-encoded like a query; line breaks in the body are %0D%0A.
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(shortBody)}`;
}
