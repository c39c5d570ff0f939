/**
 * `html-attachment-script`: an attached web page (.html/.htm/.shtml/.xhtml/.svg) whose script decodes hidden content
 * or sends the browser elsewhere when opened (`document.write(unescape(...))`, `atob(...)`, `eval(...)`,
 * `window.location = ...`, meta refresh), that opens a page made from a `data:` or `javascript:` URL, or an SVG image
 * that carries a script or event handler. Invoices and remittance notices are documents, not programs; a page that
 * assembles itself from encoded text is built so that filters cannot read the login form it shows (HTML smuggling).
 */
import type { Finding } from '../../model/finding.js';
import type { Attachment } from '../../model/message.js';

const DECODE =
  /document\.write\s{0,5}\(\s{0,5}(unescape|atob|decodeuricomponent|escape)\s{0,5}\(|eval\s{0,5}\(\s{0,5}(unescape|atob|function)|\batob\s{0,5}\(|string\.fromcharcode\s{0,5}\(/;
const REDIRECT =
  /(window|document|top|self)\.location(\.href)?\s{0,5}=|location\.(replace|assign)\s{0,5}\(|http-equiv\s{0,5}=\s{0,5}["']?refresh/;
/** A link, frame, form or script navigation whose target is a page built from a `data:` URL, or a `javascript:` URL. */
const DATA_URL =
  /(?:href|src|action|location(?:\.href)?)\s{0,5}=\s{0,5}["'(]?\s{0,5}(?:data:(?:text\/html|application\/(?:x-)?javascript|text\/javascript|image\/svg\+xml)|javascript:(?!\s{0,5}(?:void\s{0,5}\(\s{0,5}0?\s{0,5}\)|;|["']|$)))/;
/** What an image does not need: a script element or an event handler (`<svg onload=...>`). */
const SVG_ACTIVE = /<script\b|\son(?:load|click|mouseover|mouseenter|focus|begin|end|error)\s{0,5}=/;
/** Characters of each attachment scanned (limit on untrusted input; the loader sits at the top). */
const MAX_SCAN = 200_000;
const MAX_ATTACHMENTS = 20;

function isSvg(a: Attachment): boolean {
  return /\.svg$/i.test(a.filename ?? '') || a.mimeType === 'image/svg+xml';
}

type Kind = 'decode' | 'redirect' | 'data-url' | 'svg-script';

function firstMatch(a: Attachment, t: string): { kind: Kind; m: RegExpExecArray } | null {
  const checks: Array<[Kind, RegExp]> = [
    ['decode', DECODE],
    ['redirect', REDIRECT],
    ['data-url', DATA_URL],
  ];
  if (isSvg(a)) checks.push(['svg-script', SVG_ACTIVE]);
  for (const [kind, re] of checks) {
    const m = re.exec(t);
    if (m) return { kind, m };
  }
  return null;
}

export function htmlAttachmentFindings(attachments: readonly Attachment[]): Finding[] {
  for (const a of attachments.slice(0, MAX_ATTACHMENTS)) {
    if (typeof a.text !== 'string' || !a.text) continue;
    const t = a.text.slice(0, MAX_SCAN).toLowerCase();
    const hit = firstMatch(a, t);
    if (!hit) continue;
    return [
      {
        id: 'html-attachment-script',
        severity: 'high',
        messageKey: 'finding.html-attachment-script',
        params: { filename: (a.filename ?? '-').slice(0, 120), kind: hit.kind },
        evidence: [
          { kind: 'text', value: (a.filename ?? '-').slice(0, 120), label: 'attachment' },
          { kind: 'text', value: hit.m[0].slice(0, 80), label: 'script' },
        ],
      },
    ];
  }
  return [];
}
