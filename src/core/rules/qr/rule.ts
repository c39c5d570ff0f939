/**
 * QR code lure: a QR code in an image or PDF of the message that opens a web address, and text asking the reader to
 * scan it with a phone to verify, re-authenticate, set up MFA/2FA or sign in. An analyst's sentence: "it moves the
 * login to your phone, where the company's link protection does not reach". The decoded URL itself gets every link
 * check through ctx.links (source `qr`, media/qr-links.ts); this rule reads the request around it.
 */
import type { Evidence, Finding } from '../../model/finding.js';
import type { Rule } from '../rule.js';
import { lureText } from '../lures/normalize.js';
import { messages } from './messages.js';
import { findScanRequest } from './scan-phrases.js';

/** QR links named as evidence. */
const MAX_EVIDENCE = 3;

export const qrCodeRule: Rule = {
  id: 'qr-code',
  stage: 'message',
  reads:
    'QR codes decoded from images and PDFs together with the text: a request to scan one with a phone to verify, re-authenticate, set up MFA/2FA or sign in.',
  produces: ['qr-code-lure'],
  messages,
  run(c): Finding[] {
    const qr = c.links.filter((l) => l.source === 'qr' && l.host !== null);
    const first = qr[0];
    if (!first) return [];
    const request = findScanRequest(lureText(c.msg.subject, c.msg.text, c.msg.html, c.html));
    if (!request) return [];
    const evidence: Evidence[] = [
      { kind: 'text', value: `${request.scan} … ${request.purpose}`, label: 'request' },
      ...qr.slice(0, MAX_EVIDENCE).map((l): Evidence => ({ kind: 'url', value: l.target, label: `QR code in ${l.foundIn ?? 'image'}` })),
    ];
    return [
      {
        id: 'qr-code-lure',
        severity: 'high',
        messageKey: 'finding.qr-code-lure',
        params: { purpose: request.purpose, host: first.host ?? first.target, foundIn: first.foundIn ?? '' },
        evidence,
      },
    ];
  },
};
