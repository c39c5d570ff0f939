/** Hand-built Reports for UI tests (the UI renders any Report; these are not tied to sample files). */
import type { Report } from '../../../src/core/model/report.js';
import type { Finding } from '../../../src/core/model/finding.js';

export function finding(id: string, severity: Finding['severity'], messageKey = 'verdict.danger', params: Finding['params'] = {}): Finding {
  return { id, severity, messageKey, params, evidence: [{ kind: 'ip', value: '192.0.2.7', label: 'Received #1' }] };
}

export function makeReport(over: Partial<Report> = {}): Report {
  return {
    schema: 1,
    verdict: 'danger',
    score: 99,
    strength: 'strong',
    findings: [
      finding('a', 'critical', 'report.claimed'),
      finding('b', 'high', 'report.real'),
      finding('c', 'medium', 'report.links'),
      finding('d', 'low', 'report.route'),
      finding('e', 'info', 'report.findings'),
    ],
    message: {
      from: { name: 'Support', address: 'support@brand.example', local: 'support', domain: 'brand.example' },
      replyTo: [],
      to: [],
      returnPath: 'support@brand.example',
      subject: 'Your password',
      date: null,
      messageId: null,
    },
    claimedEntity: { name: 'Brand', domains: ['brand.example'] },
    origin: {
      ip: '192.0.2.7',
      helo: 'mx.other.example',
      rdns: null,
      hopIndex: 1,
      receivedBy: 'mx.recipient.example',
      ptr: ['host.other.example'],
      fcrdns: false,
      asn: 64500,
      asName: 'EXAMPLE-AS',
      prefix: '192.0.2.0/24',
      country: 'ZZ',
      registry: 'arin',
      claimedOriginatingIps: [],
    },
    hops: [
      {
        index: 0,
        raw: '',
        helo: 'mx.other.example',
        rdns: null,
        ip: '192.0.2.7',
        by: 'mx.recipient.example',
        with: 'ESMTPS',
        id: null,
        for: null,
        tls: { version: 'TLSv1.3', cipher: null },
        authenticated: false,
        timestamp: null,
        delaySeconds: 3,
        trusted: false,
        trustReason: null,
      },
    ],
    auth: { spf: null, dkim: [], dmarc: null, arc: null, receiver: [], ignoredReceiverHeaders: [] },
    links: [
      {
        href: 'https://evil.example/login',
        target: 'https://evil.example/login',
        unwrapped: [],
        host: 'evil.example',
        hostAscii: 'evil.example',
        registrableDomain: 'evil.example',
        text: 'https://brand.example',
        shownHost: 'brand.example',
        source: 'html',
        flags: ['text-mismatch'],
        ips: [],
        asn: null,
        asName: null,
      },
    ],
    checks: [
      { name: 'spf', status: 'unavailable', reason: 'DNS timeout' },
      { name: 'dkim', status: 'done', reason: null },
    ],
    warnings: [],
    elapsedMs: 5,
    ...over,
  };
}
