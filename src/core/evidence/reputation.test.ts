import { readDnsblAnswer, dnsblFromSpec, KNOWN_DNSBLS } from './dnsbl-lists.js';
import { youngSeverity, ageReference, domainAgeCheck } from './checks/domain-age.js';
import { runNetworkChecks } from './run-network-checks.js';
import type { NetworkCheck, NetworkCheckInput, NetworkEffects } from './network-check.js';
import { NETWORK_CHECKS } from './registry.js';

const list = (id: string) => KNOWN_DNSBLS.find((l) => l.id === id)!;

describe('DNS blocklist answers (RFC 5782) per list', () => {
  it("reads each list's return codes, bitmasks and refusals", () => {
    expect(readDnsblAnswer(list('spamhaus-dbl'), ['127.0.1.4'])).toEqual({
      kind: 'listed',
      codes: ['127.0.1.4'],
      meaning: 'phishing domain',
      severity: 'high',
    });
    expect(readDnsblAnswer(list('spamhaus-zen'), ['127.0.0.10'])).toMatchObject({ kind: 'listed', severity: 'low' });
    expect(readDnsblAnswer(list('spamhaus-zen'), ['127.0.0.2', '127.0.0.4'])).toMatchObject({
      severity: 'high',
      meaning: 'SBL: known spam source; XBL: exploited host or botnet',
    });
    expect(readDnsblAnswer(list('surbl'), ['127.0.0.24'])).toMatchObject({
      kind: 'listed',
      severity: 'high',
      meaning: 'SURBL PH: phishing; SURBL MW: malware',
    });
    for (const code of ['127.255.255.252', '127.255.255.254', '127.255.255.255'])
      expect(readDnsblAnswer(list('spamhaus-dbl'), [code]).kind).toBe('refused');
    expect(readDnsblAnswer(list('surbl'), ['127.0.0.1']).kind).toBe('refused');
    expect(readDnsblAnswer(list('uribl'), ['127.0.0.1']).kind).toBe('refused');
    expect(readDnsblAnswer(list('spamcop'), ['10.0.0.1']).kind).toBe('odd');
  });
  it('parses list specs: ids, zones, ip:/domain: prefixes; rejects junk', () => {
    expect(dnsblFromSpec('spamhaus-dbl')?.zone).toBe('dbl.spamhaus.org');
    expect(dnsblFromSpec('ZEN.spamhaus.org.')?.id).toBe('spamhaus-zen');
    expect(dnsblFromSpec('domain:dbl.example.test')).toMatchObject({ kind: 'domain', zone: 'dbl.example.test' });
    expect(dnsblFromSpec('bl.example.test')).toMatchObject({ kind: 'ip' });
    expect(dnsblFromSpec('not a zone')).toBeNull();
    expect(dnsblFromSpec('ftp:x.test')).toBeNull();
  });
});

describe('domain age', () => {
  it('severity scales with age: high <= 7 days, medium <= 30, low <= 180, nothing older', () => {
    expect([0, 7, 8, 30, 31, 180, 181, 10_000].map(youngSeverity)).toEqual(['high', 'high', 'medium', 'medium', 'low', 'low', null, null]);
  });
  it('ages against the message Date, never a Date in the future', () => {
    expect(ageReference(1000, 5000)).toBe(1000);
    expect(ageReference(9000, 5000)).toBe(5000);
    expect(ageReference(null, 5000)).toBe(5000);
  });
  it('judges answers: young -> domain-young with domain and days; hidden -> neutral info; failure -> unavailable; registered after the Date -> no finding', () => {
    const ref = Date.UTC(2026, 10, 20);
    const j = domainAgeCheck.judge(
      {
        ref,
        hasDate: true,
        asked: [
          {
            d: { domain: 'young.com', roles: ['link'] },
            answer: { status: 'registered', registered: '2026-11-18T00:00:00Z', server: 'https://r.test/' },
          },
          {
            d: { domain: 'month.com', roles: ['from'] },
            answer: { status: 'registered', registered: '2026-10-25T00:00:00Z', server: 'https://r.test/' },
          },
          { d: { domain: 'hidden.com', roles: ['link'] }, answer: { status: 'hidden', reason: 'no date', server: 'https://r.test/' } },
          {
            d: { domain: 'later.com', roles: ['link'] },
            answer: { status: 'registered', registered: '2026-12-01T00:00:00Z', server: 'https://r.test/' },
          },
          { d: { domain: 'down.com', roles: ['link'] }, answer: { status: 'unavailable', reason: 'HTTP 429', server: 'https://r.test/' } },
        ],
      },
      {} as NetworkCheckInput,
    );
    expect(j.findings.map((f) => [f.id, f.severity, f.params.domain, f.params.days ?? null])).toEqual([
      ['domain-young', 'high', 'young.com', 2],
      ['domain-young', 'medium', 'month.com', 26],
      ['domain-registration-hidden', 'info', 'hidden.com', null],
    ]);
    expect(j.states).toEqual([{ name: 'rdap', status: 'unavailable', reason: 'down.com: HTTP 429' }]);
    expect(j.domains!.find((d) => d.domain === 'later.com')!.age).toMatchObject({
      ageDays: null,
      reason: "registered after the message's Date",
    });
  });
});

describe('the network check runner', () => {
  const input: NetworkCheckInput = {
    origin: null,
    ip: null,
    senderDomains: [],
    heloName: null,
    linkHosts: [],
    domains: [{ domain: 'a.test', roles: ['link'] }],
    messageDate: null,
    linkUrls: [],
  };
  const net = {
    ask: async () => {
      throw new Error('no DNS here');
    },
    asnOf: async () => {
      throw new Error('no');
    },
    rdap: null,
    dnsbl: [],
    now: () => 0,
    deadline: 1000,
  } as unknown as NetworkEffects;
  it('a check whose ask or judge throws is an error state, never an empty pass; the others still run', async () => {
    const asks: NetworkCheck<null> = {
      name: 'toy-ask',
      asks: 'nothing',
      produces: [],
      needs: 'message',
      ask: () => Promise.reject(new Error('boom')),
      judge: () => ({ findings: [], states: [{ name: 'toy-ask', status: 'done', reason: null }] }),
    };
    const judges: NetworkCheck<null> = {
      name: 'toy-judge',
      asks: 'nothing',
      produces: [],
      needs: 'message',
      ask: async () => null,
      judge: () => {
        throw new Error('bad judge');
      },
    };
    const fine: NetworkCheck<number> = {
      name: 'toy-fine',
      asks: 'nothing',
      produces: ['toy'],
      needs: 'message',
      ask: async () => 1,
      judge: (n) => ({
        findings: [{ id: 'toy', severity: 'info', messageKey: 'finding.toy', params: { n }, evidence: [] }],
        states: [{ name: 'toy-fine', status: 'done', reason: null }],
      }),
    };
    const originOnly: NetworkCheck<number> = { ...fine, name: 'toy-origin', needs: 'origin' };
    const out = await runNetworkChecks(input, net, [asks, judges, fine, originOnly]);
    expect(out.checks).toEqual([
      { name: 'toy-ask', status: 'error', reason: 'the check failed: boom' },
      { name: 'toy-judge', status: 'error', reason: 'the check failed: bad judge' },
      { name: 'toy-fine', status: 'done', reason: null },
    ]);
    expect(out.findings.map((f) => f.id)).toEqual(['toy']);
  });
  it('every registered check names what it asks and the findings it produces; names are unique', () => {
    const names = NETWORK_CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of NETWORK_CHECKS) expect(c.asks.length, c.name).toBeGreaterThan(20);
  });
});
