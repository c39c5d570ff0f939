/**
 * "Report phishing" where the extension cannot compose mail (browser webmail): the text report is saved as a file
 * and a mailto: link to the report address opens the user's mail program with the report in the body.
 */
import type { Report } from '../../core/model/report.js';
import { formatReportText } from '../../core/report/format-text.js';
import { reportMailto } from '../../core/report/report-mail.js';
import { tr, type Lang } from './i18n.js';

/** Starts a download of `text` as `filename` (an object URL on an <a download>, revoked afterwards). */
export function downloadText(doc: Document, filename: string, text: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
}

/** Saves the report and opens the mailto: link; returns the status sentence to show. */
export function reportByMailto(doc: Document, report: Report, lang: Lang, address: string): string {
  downloadText(doc, 'sender-lens-report.txt', formatReportText(report, lang));
  const a = doc.createElement('a');
  a.href = reportMailto(report, lang, address);
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  return tr('ui.report.mailto', lang, { address: address || '…' });
}
