import { readFileSync } from 'node:fs';
import { gatherNetworkEvidence, type NetworkEvidenceInput } from './evidence.js';
import { createFixtureResolver } from '../dns/fixture-resolver.js';
import { createNoneResolver } from '../dns/none-resolver.js';
import type { Origin } from '../model/index.js';
import type { Resolver } from '../dns/types.js';
import { measureWaves } from '../../../tests/helpers/doh-waves.js';
import { t } from '../i18n/index.js';
import { makeOrigin } from '../rules/test-message.js';
import { SHARED } from '../../../tests/helpers/shared.js';

const zone = JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as Record<string, unknown>;

function origin(ip: string | null, helo: string | null): Origin {
  return makeOrigin({ ip, helo });
}
const phish: NetworkEvidenceInput = {
  origin: origin('52.140.204.1', '[127.0.0.1]'),
  fromDomain: 'kagoya.net',
  returnPathDomain: 'kagoya.net',
  heloName: '[127.0.0.1]',
  linkHosts: ['kagoya-support-notification.azurefd.net'],
};
const legit: NetworkEvidenceInput = {
  origin: origin('203.142.206.14', 'mas14.kagoya.net'),
  fromDomain: 'kagoya.jp',
  returnPathDomain: 'mail.kagoya.jp',
  heloName: 'mas14.kagoya.net',
  linkHosts: [],
};
const ids = (fs: { id: string }[]) => fs.map((f) => f.id).sort();
const status = (cs: { name: string; status: string }[]) => Object.fromEntries(cs.map((c) => [c.name, c.status]));

describe('gatherNetworkEvidence on the sample zone', () => {
  const resolver = createFixtureResolver(zone);
  it('kagoya phish: AS8075, no PTR, not kagoya.net infrastructure; HELO literal left to the offline check', async () => {
    const ev = await gatherNetworkEvidence(phish, { resolver });
    expect(ev.origin).toMatchObject({
      asn: 8075,
      asName: 'MICROSOFT-CORP-MSN-AS-BLOCK, US',
      prefix: '52.136.0.0/13',
      country: 'US',
      registry: 'arin',
      ptr: [],
      fcrdns: false,
    });
    expect(ids(ev.findings)).toEqual(['no-ptr', 'origin-network', 'origin-not-sender-infrastructure']);
    const infra = ev.findings.find((f) => f.id === 'origin-not-sender-infrastructure')!;
    expect(infra.severity).toBe('low');
    expect(infra.evidence.map((e) => e.value)).toEqual(['52.140.204.1', 'kagoya.net', '203.142.206.12, 203.142.206.14']);
    expect(status(ev.checks)).toEqual({ 'origin-infra': 'done', rdns: 'done', helo: 'skipped', asn: 'done', 'link-dns': 'done' });
    expect(ev.linkHostInfo).toEqual({
      'kagoya-support-notification.azurefd.net': { ips: ['13.107.213.46'], asn: 8068, asName: 'MICROSOFT-CORP-MSN-AS-BLOCK, US' },
    });
    const text = t('finding.origin-network', ev.findings.find((f) => f.id === 'origin-network')!.params);
    expect(text).toContain('AS8075');
    expect(text).toMatch(/not where the sender is/);
  });
  it('kagoya legit: PTR mas14.kagoya.net forward-confirmed, AS17930, sender infrastructure', async () => {
    const ev = await gatherNetworkEvidence(legit, { resolver });
    expect(ev.origin).toMatchObject({ ptr: ['mas14.kagoya.net'], fcrdns: true, asn: 17930, country: 'JP' });
    expect(ids(ev.findings)).toEqual(['origin-network', 'origin-sender-infrastructure']);
    expect(ev.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(ev.findings.find((f) => f.id === 'origin-sender-infrastructure')!.params).toMatchObject({
      host: 'mas14.kagoya.net',
      domain: 'kagoya.jp',
    });
  });
  it('critical path is at most 3 round trips', async () => {
    const { waves } = await measureWaves(resolver, (r) => gatherNetworkEvidence(phish, { resolver: r }));
    expect(waves).toBeLessThanOrEqual(3);
    const legitWaves = await measureWaves(resolver, (r) => gatherNetworkEvidence(legit, { resolver: r }));
    expect(legitWaves.waves).toBeLessThanOrEqual(3);
  });
});

describe('failures are never a pass', () => {
  it('TIMEOUT on the PTR, the MX and Cymru: checks unavailable, no negative findings', async () => {
    const z = {
      ...zone,
      '1.204.140.52.in-addr.arpa': { TIMEOUT: true },
      'kagoya.net': { A: ['203.142.206.12'], MX: 'TIMEOUT' },
      '1.204.140.52.origin.asn.cymru.com': { TXT: 'TIMEOUT' },
    };
    const ev = await gatherNetworkEvidence(phish, { resolver: createFixtureResolver(z) });
    expect(status(ev.checks)).toMatchObject({ 'origin-infra': 'unavailable', rdns: 'unavailable', asn: 'unavailable' });
    expect(ev.findings).toEqual([]);
    expect(ev.origin.ptr).toBeNull();
    expect(ev.origin.fcrdns).toBeNull();
  });
  it('PTR whose forward lookup times out: fcrdns unknown, no finding', async () => {
    const z = { ...zone, 'mas14.kagoya.net': { TIMEOUT: true } };
    const ev = await gatherNetworkEvidence(legit, { resolver: createFixtureResolver(z) });
    expect(ev.origin.fcrdns).toBeNull();
    expect(ev.origin.ptr).toEqual(['mas14.kagoya.net']);
    expect(status(ev.checks).rdns).toBe('unavailable');
    expect(ids(ev.findings)).not.toContain('ptr-not-confirmed');
  });
  it('offline resolver: everything skipped, nothing found', async () => {
    const ev = await gatherNetworkEvidence(phish, { resolver: createNoneResolver() });
    expect(ev.findings).toEqual([]);
    expect(new Set(ev.checks.map((c) => c.status))).toEqual(new Set(['skipped']));
  });
  it('a resolver that throws or rejects never makes gatherNetworkEvidence reject', async () => {
    const throwing: Resolver = {
      query: () => {
        throw new Error('boom');
      },
    };
    const rejecting: Resolver = { query: () => Promise.reject(new Error('boom')) };
    for (const resolver of [throwing, rejecting]) {
      const ev = await gatherNetworkEvidence(phish, { resolver });
      expect(ev.findings).toEqual([]);
      expect(status(ev.checks)['origin-infra']).toBe('unavailable');
    }
  });
});

describe('other cases', () => {
  it('PTR not forward-confirmed; HELO name resolving elsewhere; IPv6 origin', async () => {
    const z = {
      '9.2.0.192.in-addr.arpa': { PTR: ['host.example.test'] },
      'host.example.test': { A: ['192.0.2.10'] },
      'helo.example.test': { A: ['192.0.2.11'] },
      'b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['v6.example.test'] },
      'v6.example.test': { AAAA: ['2001:db8::567:89ab'] },
      'b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.origin6.asn.cymru.com': {
        TXT: [['64496 | 2001:db8::/32 | ZZ | ripencc | 2001-01-01']],
      },
    };
    const r = createFixtureResolver(z);
    const ev = await gatherNetworkEvidence(
      { origin: origin('192.0.2.9', null), fromDomain: null, returnPathDomain: null, heloName: 'helo.example.test', linkHosts: [] },
      { resolver: r },
    );
    expect(ids(ev.findings)).toEqual(['helo-mismatch', 'ptr-not-confirmed']);
    expect(status(ev.checks)).toMatchObject({ 'origin-infra': 'skipped', asn: 'done' });
    const v6 = await gatherNetworkEvidence(
      {
        origin: origin('2001:DB8::567:89AB', null),
        fromDomain: null,
        returnPathDomain: null,
        heloName: '[IPv6:2001:db8::567:89ab]',
        linkHosts: ['[2001:db8::1]', 'bad host!'],
      },
      { resolver: r },
    );
    expect(v6.origin).toMatchObject({ fcrdns: true, asn: 64496, asName: null });
    expect(ids(v6.findings)).toEqual(['origin-network']);
    expect(Object.keys(v6.linkHostInfo)).toEqual(['[2001:db8::1]']);
  });
  it('DNSBL: off by default; listing found; 127.255.255.x is an error, not a listing', async () => {
    const z = { ...zone, '1.204.140.52.bl.test': { A: ['127.0.0.2'] }, '1.204.140.52.refusing.test': { A: ['127.255.255.254'] } };
    const r = createFixtureResolver(z);
    const off = await gatherNetworkEvidence(phish, { resolver: r });
    expect(off.checks.some((c) => c.name === 'dnsbl')).toBe(false);
    const on = await gatherNetworkEvidence(phish, { resolver: r, dnsbl: ['bl.test', 'clean.test'] });
    expect(on.findings.find((f) => f.id === 'dnsbl-listed')).toMatchObject({
      severity: 'medium',
      params: { list: 'bl.test', code: '127.0.0.2' },
    });
    const refused = await gatherNetworkEvidence(phish, { resolver: r, dnsbl: ['refusing.test'] });
    expect(refused.findings.some((f) => f.id === 'dnsbl-listed')).toBe(false);
    expect(status(refused.checks).dnsbl).toBe('unavailable');
  });
  it('no origin IP: origin checks skipped, links still resolved', async () => {
    const ev = await gatherNetworkEvidence({ ...phish, origin: origin(null, null) }, { resolver: createFixtureResolver(zone) });
    expect(status(ev.checks)).toEqual({ 'origin-infra': 'skipped', rdns: 'skipped', helo: 'skipped', asn: 'skipped', 'link-dns': 'done' });
    expect(ev.linkHostInfo['kagoya-support-notification.azurefd.net']?.asn).toBe(8068);
  });
});
