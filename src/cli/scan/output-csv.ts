/**
 * --format csv (RFC 4180: CRLF rows, quoted fields). Message-derived cells that a spreadsheet would run as a formula
 * (starting with = + - @ or a control character) get a leading apostrophe (OWASP "CSV injection").
 */
import type { ScanResult } from './scan-result.js';

const HEADER = ['file', 'mailbox', 'verdict', 'score', 'from', 'subject', 'date', 'recipients', 'findings', 'campaign'];

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* csvLines(res: ScanResult): Generator<string> {
  yield `${HEADER.join(',')}\r\n`;
  for (const r of res.records) {
    const s = r.summary;
    yield `${[s.file, r.mailbox, s.verdict, s.score, s.from, s.subject, s.date, s.recipients.join(' '), s.findings.join(' '), res.campaignOf(r)].map(csvCell).join(',')}\r\n`;
  }
}
