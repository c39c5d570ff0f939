/**
 * Reports for the hostile-content UI tests. Most come from running the real analyzeMessage (offline) on the
 * hand-written .eml files in tests/fixtures/hostile/; the 10 KB message is generated here (RFC 2047 encoded-words
 * folded under 78 columns, RFC 5322 2.1.1), and `poisonEveryField` puts a hostile string into every string field
 * the UI renders, including ones the analyzer never fills from message text (the UI must not rely on that).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../../../src/core/analyze.js';
import { createNoneResolver } from '../../../src/core/dns/index.js';
import type { Report } from '../../../src/core/model/report.js';

export const HOSTILE_DIR = 'tests/fixtures/hostile';

/** Markup, script, CSS, a closing tag, and a right-to-left override that would flip what follows. */
export const HOSTILE =
  '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script><style>*{display:none}</style></div><b>bold</b> javascript:alert(1) \u202Egnp.exe';

export async function analyzeRaw(raw: Uint8Array): Promise<Report> {
  let t = 0;
  return analyzeMessage(raw, { resolver: createNoneResolver(), offline: true, now: () => (t += 1), crypto: globalThis.crypto });
}

export async function analyzeFixture(name: string, repoRoot = process.cwd()): Promise<Report> {
  return analyzeRaw(new Uint8Array(readFileSync(join(repoRoot, HOSTILE_DIR, name))));
}

/** Splits text into RFC 2047 B encoded-words (<= 75 chars each) on folded lines; whitespace between them is dropped (RFC 2047 6.2). */
function encodedWords(text: string): string {
  const words: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 36)
    words.push(`=?UTF-8?B?${Buffer.from(chars.slice(i, i + 36).join(''), 'utf8').toString('base64')}?=`);
  return words.join('\r\n ');
}

export const LONG = 10 * 1024;

/** 10 KB display name, subject and URL (no spaces to break on), with markup at the start. */
export function longFieldsEml(): { raw: Uint8Array; name: string; subject: string; url: string } {
  const name = `<b>PayPal</b>${'A'.repeat(LONG)}`;
  const subject = `</div><b>Verify your account within 24 hours</b>${'W'.repeat(LONG)}`;
  const url = `https://paypa1-security.example/${'p'.repeat(LONG)}?q="><img src=x onerror=alert(1)>`;
  const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<html><body><p>Your PayPal account is suspended. Verify your account within 24 hours.</p>\r\n<p><a href="${attr}">https://www.paypal.com/${'t'.repeat(LONG)}</a></p></body></html>`;
  const lines = [
    'Return-Path: <service@paypa1-security.example>',
    'Delivered-To: alice@corp.example',
    'Received: from mail.paypa1-security.example (unknown [198.51.100.26])',
    '\tby mx.corp.example (Postfix) with ESMTP id 10',
    '\tfor <alice@corp.example>; Mon, 1 Jan 2024 13:00:00 +0000',
    `From: ${encodedWords(name)} <service@paypa1-security.example>`,
    'Reply-To: <paypal.long.desk@gmail.com>',
    'To: alice@corp.example',
    `Subject: ${encodedWords(subject)}`,
    'Message-ID: <hostile-long@paypa1-security.example>',
    'Date: Mon, 01 Jan 2024 13:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...(Buffer.from(html, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []),
    '',
  ];
  return { raw: new Uint8Array(Buffer.from(lines.join('\r\n'), 'utf8')), name, subject, url };
}

/**
 * A danger Report whose every rendered string carries `h` (enum-like fields stay valid so each section renders).
 * Built on `base` (an analyzed report) so that the shape is the analyzer's own.
 */
export function poisonEveryField(base: Report, h: string): Report {
  const r = structuredClone(base);
  r.verdict = 'danger';
  r.claimedEntity = { name: h, domains: [h, 'paypal.com'] };
  r.findings = [
    {
      id: 'display-name-address-mismatch',
      severity: 'critical',
      messageKey: 'finding.display-name-address-mismatch',
      params: { shown: h, address: h, ownDomain: 'no' },
      evidence: [{ kind: 'text', value: h, label: h }],
    },
    {
      id: 'link-text-mismatch',
      severity: 'high',
      messageKey: 'finding.link-text-mismatch',
      params: { shown: h, actual: h, count: 1 },
      evidence: [{ kind: 'url', value: h }],
    },
    { id: h, severity: 'medium', messageKey: h, params: { x: h }, evidence: [] },
    ...r.findings,
  ];
  r.message = {
    from: { name: h, address: h, local: h, domain: h },
    replyTo: [{ name: h, address: h, local: h, domain: h }],
    to: [],
    returnPath: h,
    subject: h,
    date: null,
    messageId: h,
  };
  r.origin = {
    ip: h,
    helo: h,
    rdns: h,
    hopIndex: 0,
    receivedBy: h,
    ptr: [h],
    fcrdns: false,
    asn: 64500,
    asName: h,
    prefix: h,
    country: h,
    registry: h,
    claimedOriginatingIps: [h],
  };
  r.hops = [
    {
      index: 0,
      raw: h,
      helo: h,
      rdns: h,
      ip: h,
      by: h,
      with: h,
      id: h,
      for: h,
      tls: { version: h, cipher: h },
      authenticated: true,
      timestamp: null,
      delaySeconds: 5,
      trusted: false,
      trustReason: h,
    },
  ];
  r.auth = {
    spf: { result: 'fail', domain: h, scope: 'mfrom', ip: h, mechanism: h, explanation: h, reason: h, lookups: 1, voidLookups: 0 },
    dkim: [{ result: 'fail', domain: h, selector: h, algorithm: h, identity: h, weaknesses: [h], reason: h, keyBits: 1024 }],
    dmarc: {
      result: 'fail',
      fromDomain: h,
      policyDomain: h,
      policy: 'reject',
      appliedPolicy: 'reject',
      spfAligned: false,
      dkimAligned: false,
      alignment: null,
      testing: false,
      reason: h,
    },
    arc: { result: 'temperror', instances: 1, sealers: [h], oldestAuthResults: h, reason: h },
    receiver: [{ authservId: h, methods: [{ method: h, result: h, reason: h, props: { h } }], headerIndex: 0, raw: h }],
    ignoredReceiverHeaders: [{ authservId: h, reason: h }],
  };
  const link = {
    href: h,
    target: h,
    unwrapped: [h, h],
    host: h,
    hostAscii: h,
    registrableDomain: h,
    text: h,
    shownHost: h,
    source: 'html' as const,
    flags: [h],
    ips: [h],
    asn: 64501,
    asName: h,
  };
  r.links = [
    link,
    { ...link, href: 'javascript:window.__pwned=3', target: 'javascript:window.__pwned=3' },
    { ...link, href: 'data:text/html,<script>window.__pwned=4</script>', target: 'data:text/html,<script>window.__pwned=4</script>' },
  ];
  r.checks = [
    { name: h, status: 'unavailable', reason: h },
    { name: 'dns', status: 'error', reason: h },
  ];
  r.warnings = [h];
  return r;
}

/** The message-derived strings of a report: they must show up as literal text (capped) and never as markup. */
export function messageStrings(r: Report): string[] {
  const out = [r.message.from?.name ?? '', r.message.subject, ...r.links.flatMap((l) => [l.text ?? '', l.target])];
  for (const f of r.findings) for (const e of f.evidence) out.push(e.value);
  return [...new Set(out.filter((s) => s.length > 0))];
}
