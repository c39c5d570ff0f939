/**
 * Issue #15: what a non-expert reads (banner, top of the popup) — the strongest reasons in plain words, a headline
 * that repeats none of them, advice naming the report address — on the real KAGOYA sample analysed with its DNS
 * fixture, plus check states as sentences and the popup's split between findings and "could not check".
 */
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../../src/core/analyze.js';
import type { Report } from '../../../src/core/model/report.js';
import { reportMail, reportMailto } from '../../../src/core/report/report-mail.js';
import { renderReport } from '../../../src/ui/popup/index.js';
import { dedupePrefix } from '../../../src/ui/popup/sections.js';
import { checkSentence, checkStateKey } from '../../../src/ui/shared/check-sentences.js';
import { plainAdvice, plainHeadline, plainReason, plainReasons, realFindings, strengthOf } from '../../../src/ui/shared/plain-reasons.js';
import { normalizeReportAddress, normalizeSettings } from '../../../src/platform/extension/settings.js';
import { zoneFromJson } from '../../conformance/helpers/yaml-zone.js';
import { finding, makeReport } from './fixtures.js';
import { miniBody, type MiniElement } from './mini-dom.js';

const SAMPLES = 'tests/fixtures/samples';
const zone = zoneFromJson(JSON.parse(readFileSync(`${SAMPLES}/zone.json`, 'utf8')) as Record<string, unknown>);

async function analyze(file: string, ownDomains: string[] = []): Promise<Report> {
  let t = 0;
  return analyzeMessage(new Uint8Array(readFileSync(`${SAMPLES}/${file}`)), {
    resolver: zone,
    offline: false,
    now: () => (t += 1),
    crypto: globalThis.crypto,
    settings: { ownDomains },
  });
}

/** Words a non-expert does not know, and internal names. */
const JARGON = /\b(SPF|DKIM|DMARC|ARC|HELO|PTR|ASN?|rented|softfail|temperror|score)\b|azurefd/i;

describe('plain reasons on the KAGOYA phishing sample', () => {
  let phish: Report;
  beforeAll(async () => {
    phish = await analyze('kagoya-phish.eml');
  });

  it('shows three reasons, the display-name one first, then the link and the unauthorised server', () => {
    expect(phish.verdict).toBe('danger');
    const reasons = plainReasons(phish, 'en');
    expect(reasons.map((r) => r.finding.id)).toEqual(['display-name-address-mismatch', 'brand-on-shared-host', 'spf-fail']);
    expect(reasons[0]!.text).toBe(
      "The sender's name shows the address info@example.jp, but the email really comes from support@kagoya.net.",
    );
    expect(reasons[1]!.text).toBe('The link goes to a site anyone can rent, not to KAGOYA.');
    expect(reasons[2]!.text).toBe("The sender's domain (kagoya.net) did not authorise the server that sent this.");
  });

  it('uses no jargon in the headline, reasons or advice, in en and ja, and the headline repeats no reason', () => {
    for (const lang of ['en', 'ja'] as const) {
      const headline = plainHeadline(phish, lang);
      const reasons = plainReasons(phish, lang).map((r) => r.text);
      const advice = plainAdvice(phish, lang, 'abuse@example.jp');
      for (const s of [headline, ...reasons, advice]) expect(s, s).not.toMatch(JARGON);
      for (const r of reasons) expect(headline).not.toContain(r.replace(/[.。]$/u, ''));
      expect(reasons).toHaveLength(3);
    }
    expect(plainHeadline(phish, 'en')).toBe('This email is not really from KAGOYA. It is very likely phishing.');
    expect(plainHeadline(phish, 'ja')).toBe('このメールはKAGOYAからのものではありません。フィッシングの可能性が高いです。');
  });

  it('advises what to do, naming the report address when one is set', () => {
    expect(plainAdvice(phish, 'en', 'abuse@example.jp')).toBe(
      'Do not click the link or enter your password. Report it to abuse@example.jp.',
    );
    expect(plainAdvice(phish, 'en')).toBe('Do not click the link or enter your password. Report it to your IT administrator.');
    expect(plainAdvice(phish, 'ja', 'abuse@example.jp')).toContain('abuse@example.jp に報告してください');
    expect(plainAdvice({ ...phish, links: [] }, 'en')).toMatch(/^Do not reply/);
    expect(plainAdvice({ ...phish, verdict: 'caution' }, 'en')).toMatch(/^Check with the sender another way/);
  });

  it("says the own domain came from the recipient's address when none is configured", async () => {
    const own = (r: Report) => r.findings.find((f) => f.id === 'own-domain-impersonation')!;
    expect(plainReason(own(phish), 'en')).toBe(
      "It pretends to come from your own organisation (example.jp, your address's domain), but it was sent from outside (support@kagoya.net).",
    );
    expect(plainReason(own(phish), 'ja')).toContain('あなたのアドレスのドメイン example.jp');
    const configured = await analyze('kagoya-phish.eml', ['example.jp']);
    expect(plainReason(own(configured), 'en')).toBe(
      'It pretends to come from your own organisation (example.jp), but it was sent from outside (support@kagoya.net).',
    );
  });

  it('popup: plain part first, no score, no raw tags, no doubled prefix; admin details with the route picture', () => {
    const { body } = miniBody();
    renderReport(body, phish, 'en', { reportAddress: 'abuse@example.jp', onReport: () => Promise.resolve('ok') });
    const root = body as unknown as MiniElement;
    const text = root.textContent;
    expect(text).not.toMatch(/score|\b370\b|text-mismatch|credential-path|recipient-in-url|origin-infra/);
    expect(text).not.toMatch(/(\b[\w.]+ [\w.]+): \1:/);
    const h2 = root.querySelectorAll('h2').map((h) => h.textContent);
    expect(h2).toEqual(['What is wrong', 'Details for admins']);
    expect(text.indexOf('Do not click the link')).toBeLessThan(text.indexOf('Details for admins'));
    expect(root.querySelector('.report')!.textContent).toBe('Report phishing');
    const boxes = root.querySelectorAll('.hop-box');
    expect(boxes.map((b) => b.getAttribute('data-role'))).toEqual(['origin', 'yours', 'mailbox']);
    const origin = boxes[0]!.textContent;
    for (const s of [
      '52.140.204.1',
      'AS8075',
      'Registry country',
      'US',
      'no TLS',
      'handed to mx1.example.jp',
      'Calls itself [127.0.0.1]',
      '(no name in reverse DNS)',
    ])
      expect(origin).toContain(s);
  });

  it('the report mail names the verdict and carries the text report; the mailto is encoded', () => {
    const mail = reportMail(phish, 'en');
    expect(mail.subject).toMatch(/^Phishing report: /);
    expect(mail.body).toMatch(/^I received the attached message\. Sender Lens says: Dangerous\./);
    expect(mail.body).toContain('support@kagoya.net');
    const url = reportMailto(phish, 'en', 'abuse@example.jp');
    expect(url.startsWith('mailto:abuse@example.jp?subject=Phishing%20report%3A%20')).toBe(true);
    expect(url).not.toMatch(/[\s<>"]/);
    expect(decodeURIComponent(url.split('&body=')[1]!)).toContain('support@kagoya.net');
    expect(url.length).toBeLessThan(8000);
  });
});

describe('popup for legitimate mail with checks that could not run', () => {
  it('lists "could not check" apart and shows no "What is wrong" heading', () => {
    const r = makeReport({
      verdict: 'ok',
      claimedEntity: null,
      findings: [
        finding('spf-temperror', 'low', 'finding.spf-temperror', { domain: 'x.example', ip: '192.0.2.1' }),
        finding('origin-network', 'info', 'finding.origin-network'),
      ],
      checks: [
        {
          name: 'origin-infra',
          status: 'unavailable',
          reason:
            'kagoya.net A: error (https://cloudflare-dns.com/dns-query: request failed after 32 ms: NetworkError when attempting to fetch resource.)',
        },
        { name: 'asn', status: 'skipped', reason: 'offline mode' },
      ],
    });
    expect(realFindings(r)).toEqual([]);
    const { body } = miniBody();
    renderReport(body, r, 'en');
    const root = body as unknown as MiniElement;
    expect(root.querySelectorAll('h2').map((h) => h.textContent)).toEqual(['Could not check', 'Details for admins']);
    const text = root.querySelector('.could-not-check')!.textContent;
    expect(text).toContain('Whether the sending server belongs to the sender — could not look up: the DNS server did not answer');
    expect(text).toContain("The sending server's network — not checked: offline mode is on");
    expect(root.textContent).not.toMatch(/NetworkError|cloudflare|origin-infra|request failed/);
  });
});

describe('check states as sentences', () => {
  const s = (status: 'done' | 'unavailable' | 'skipped' | 'error', reason: string | null) => checkStateKey({ name: 'x', status, reason });
  it('classifies the core reasons without showing them', () => {
    expect(s('done', null)).toBeNull();
    expect(s('done', 'permanent error in the published record')).toBe('plain.state.brokenRecord');
    expect(s('unavailable', 'TXT kagoya.net: timeout (https://x/dns-query: no answer within 2000 ms)')).toBe('plain.state.timeout');
    expect(s('unavailable', 'A x: error (https://x: request failed after 32 ms: NetworkError)')).toBe('plain.state.noAnswer');
    expect(s('unavailable', 'TXT x: servfail')).toBe('plain.state.serverFailure');
    expect(s('unavailable', 'A x: error (budget)')).toBe('plain.state.budget');
    expect(s('skipped', 'offline mode')).toBe('plain.state.offline');
    expect(s('skipped', 'HELO is not a domain name (judged offline)')).toBe('plain.state.notDomain');
    expect(s('skipped', 'no origin IP found in the Received chain')).toBe('plain.state.noOrigin');
    expect(s('error', 'TypeError: x is undefined')).toBe('plain.state.error');
    expect(s('unavailable', 'temporary DNS failure')).toBe('plain.state.dnsTemporary');
    expect(s('unavailable', 'something new')).toBe('plain.state.temporary');
    expect(checkSentence({ name: 'asn', status: 'unavailable', reason: 'A: error' }, 'ja').label).toBe('送信サーバーのネットワーク');
    expect(checkSentence({ name: 'made-up', status: 'skipped', reason: null }, 'en')).toMatchObject({
      label: 'A check',
      state: 'not checked',
      done: false,
    });
  });
  it('shows a reason that repeats its own prefix once', () => {
    expect(dedupePrefix('TXT kagoya.net: TXT kagoya.net: error')).toBe('TXT kagoya.net: error');
    expect(dedupePrefix('d=x s=y: body hash mismatch')).toBe('d=x s=y: body hash mismatch');
  });
});

describe('strength and report address', () => {
  it('shows strength only when there is evidence to name', () => {
    expect(strengthOf(makeReport({ strength: 'none' }))).toBeNull();
    expect(strengthOf(makeReport({ strength: 'strong' }))).toBe('strong');
    expect(strengthOf(makeReport({ strength: 'some' }))).toBe('some');
    const { body } = miniBody();
    renderReport(body, { ...makeReport(), strength: 'weak' } as Report, 'en');
    expect((body as unknown as MiniElement).querySelector('.strength')!.textContent).toBe('Evidence: weak');
  });
  it('keeps a valid report address and drops anything else', () => {
    expect(normalizeReportAddress(' Abuse@Example.JP ')).toBe('Abuse@example.jp');
    for (const bad of ['', 'abuse', '@example.jp', 'a b@example.jp', 'x@localhost', '"x"@example.jp', `${'a'.repeat(250)}@example.jp`])
      expect(normalizeReportAddress(bad), bad).toBeNull();
    expect(normalizeSettings({ reportAddress: 'soc@corp.example' }).reportAddress).toBe('soc@corp.example');
    expect(normalizeSettings({ reportAddress: 'not an address' }).reportAddress).toBe('');
    expect(normalizeSettings({}).reportAddress).toBe('');
  });
});
