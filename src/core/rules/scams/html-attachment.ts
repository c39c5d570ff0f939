/**
 * `html-attachment-script`: an attached web page (.html/.htm/.shtml/.svg) whose script decodes hidden content or
 * sends the browser elsewhere when opened (`document.write(unescape(...))`, `atob(...)`, `eval(...)`,
 * `window.location = ...`). Invoices and remittance notices are documents, not programs; a page that assembles
 * itself from encoded text is built so that filters cannot read the login form it shows (HTML smuggling).
 */
import type { Finding } from '../../model/finding.js';
import type { Attachment } from '../../model/message.js';

const DECODE = /document\.write\s{0,5}\(\s{0,5}(unescape|atob|decodeuricomponent|escape)\s{0,5}\(|eval\s{0,5}\(\s{0,5}(unescape|atob|function)|\batob\s{0,5}\(|string\.fromcharcode\s{0,5}\(/;
const REDIRECT = /(window|document|top|self)\.location(\.href)?\s{0,5}=|location\.(replace|assign)\s{0,5}\(|http-equiv\s{0,5}=\s{0,5}["']?refresh/;
/** Characters of each attachment scanned (limit on untrusted input; the loader sits at the top). */
const MAX_SCAN = 200_000;
const MAX_ATTACHMENTS = 20;

export function htmlAttachmentFindings(attachments: readonly Attachment[]): Finding[] {
  for (const a of attachments.slice(0, MAX_ATTACHMENTS)) {
    if (typeof a.text !== 'string' || !a.text) continue;
    const t = a.text.slice(0, MAX_SCAN).toLowerCase();
    const m = DECODE.exec(t) ?? REDIRECT.exec(t);
    if (!m) continue;
    const kind = DECODE.test(t) ? 'decode' : 'redirect';
    return [{
      id: 'html-attachment-script',
      severity: 'high',
      messageKey: 'finding.html-attachment-script',
      params: { filename: (a.filename ?? '-').slice(0, 120), kind },
      evidence: [
        { kind: 'text', value: (a.filename ?? '-').slice(0, 120), label: 'attachment' },
        { kind: 'text', value: m[0].slice(0, 80), label: 'script' },
      ],
    }];
  }
  return [];
}
