import { readFileSync } from 'node:fs';
import { parseMessage } from '../../../src/core/parse/mime/parse-message.js';
import { buildHops } from '../../../src/core/parse/received/build-hops.js';
import { applyTrustBoundary } from '../../../src/core/parse/received/trust-boundary.js';
import { DEFAULT_LIMITS } from '../../../src/core/deps.js';
import type { HeaderField } from '../../../src/core/model/message.js';
import { SHARED } from '../../helpers/shared.js';

const SAMPLES = `${SHARED}/samples`;
const field = (name: string, value: string): HeaderField => ({ name, key: name.toLowerCase(), value, raw: `${name}: ${value}\r\n` });

async function chain(file: string) {
  const msg = await parseMessage(new Uint8Array(readFileSync(`${SAMPLES}/${file}`)), DEFAULT_LIMITS);
  return { msg, ...buildHops(msg.headers, DEFAULT_LIMITS) };
}

describe('trust boundary on the shared samples', () => {
  it('kagoya-phish: origin is the public client seen by mx1.example.jp', async () => {
    const { msg, hops } = await chain('kagoya-phish.eml');
    const r = applyTrustBoundary(hops, { ownDomains: ['example.jp'], trustedHosts: [], headers: msg.headers });
    expect(r.origin).toMatchObject({
      ip: '52.140.204.1',
      helo: '[127.0.0.1]',
      rdns: null,
      hopIndex: 1,
      receivedBy: 'mx1.example.jp',
      ptr: null,
      asn: null,
    });
    expect(r.hops.map((h) => [h.trusted, h.trustReason])).toEqual([
      [true, 'own-domain'],
      [true, 'own-domain'],
    ]);
    expect(r.hops[0]!.delaySeconds).toBe(2);
  });

  it('kagoya-legit: origin mas14.kagoya.net', async () => {
    const { hops } = await chain('kagoya-legit.eml');
    const r = applyTrustBoundary(hops, { ownDomains: ['example.jp'], trustedHosts: [] });
    expect(r.origin).toMatchObject({
      ip: '203.142.206.14',
      helo: 'mas14.kagoya.net',
      rdns: 'mas14.kagoya.net',
      hopIndex: 1,
      receivedBy: 'mx1.example.jp',
    });
  });

  it('without own domains the top public client is the boundary', async () => {
    const { hops } = await chain('kagoya-phish.eml');
    const r = applyTrustBoundary(hops, { ownDomains: [], trustedHosts: [] });
    expect(r.origin?.ip).toBe('52.140.204.1');
    expect(r.hops.every((h) => h.trustReason === 'inferred')).toBe(true);
  });
});

describe('trust boundary rules', () => {
  const rcv = (v: string) => field('Received', v);
  it('stops at the first public client even if forged hops below claim own hosts', () => {
    const headers = [
      rcv(
        'from relay.evil.test (relay.evil.test [198.51.100.9]) by mx.example.org (Postfix) with ESMTP id A; Mon, 8 Jan 2024 10:00:05 +0000',
      ),
      rcv(
        'from inner.example.org (inner.example.org [10.0.0.5]) by mx.example.org (Postfix) with ESMTP id B; Mon, 8 Jan 2024 10:00:00 +0000',
      ),
    ];
    const { hops } = buildHops(headers, DEFAULT_LIMITS);
    const r = applyTrustBoundary(hops, { ownDomains: ['example.org'], trustedHosts: [] });
    expect(r.origin?.ip).toBe('198.51.100.9');
    expect(r.hops[1]!.trusted).toBe(false);
  });

  it('walks through trusted relays given as host names and CIDRs', () => {
    const headers = [
      rcv('from gw.corp.example (gw.corp.example [203.0.113.10]) by mail.example.org with ESMTP id A; Mon, 8 Jan 2024 10:00:10 +0000'),
      rcv('from sender.example.net (sender.example.net [192.0.2.50]) by gw.corp.example with ESMTPS id B; Mon, 8 Jan 2024 10:00:20 +0000'),
    ];
    const { hops } = buildHops(headers, DEFAULT_LIMITS);
    const r = applyTrustBoundary(hops, { ownDomains: ['example.org'], trustedHosts: ['203.0.113.0/24'] });
    expect(r.origin).toMatchObject({ ip: '192.0.2.50', hopIndex: 1, receivedBy: 'gw.corp.example' });
    expect(r.hops[1]!.trustReason).toBe('internal-relay');
    expect(r.hops[0]!.delaySeconds).toBe(-10);
  });

  it('uses own MX hosts and collects X-Originating-IP as evidence only', () => {
    const headers = [
      rcv('from out.sender.test (out.sender.test [192.0.2.7]) by mx.provider.test with ESMTP id Q; Mon, 8 Jan 2024 10:00:00 +0000'),
      field('X-Originating-IP', '[203.0.113.99]'),
    ];
    const { hops } = buildHops(headers, DEFAULT_LIMITS);
    const r = applyTrustBoundary(hops, { ownDomains: ['customer.test'], trustedHosts: [], ownMxHosts: ['MX.provider.test.'], headers });
    expect(r.origin).toMatchObject({ ip: '192.0.2.7', receivedBy: 'mx.provider.test', claimedOriginatingIps: ['203.0.113.99'] });
    expect(r.hops[0]!.trustReason).toBe('own-mx');
  });

  it('skips Microsoft 365 internal hops in inferred mode', () => {
    const headers = [
      rcv(
        'from SA1PR19MB6895.namprd19.prod.outlook.com (2603:10b6:806:24f::20) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Sat, 15 Jul 2023 15:40:22 +0000',
      ),
      rcv(
        'from VI1EUR05FT016.eop-eur05.prod.protection.outlook.com (2603:10a6:d10:9d:cafe::34) by FR2P281CA0113.outlook.office365.com (2603:10a6:d10:9d::8) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6588.18 via Frontend Transport; Sat, 15 Jul 2023 15:40:20 +0000',
      ),
      rcv(
        'from APC01-PSA-obe.outbound.protection.outlook.com (40.107.255.49) by VI1EUR05FT016.mail.protection.outlook.com (10.233.242.73) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6609.17 via Frontend Transport; Sat, 15 Jul 2023 15:40:19 +0000',
      ),
    ];
    const { hops } = buildHops(headers, DEFAULT_LIMITS);
    const r = applyTrustBoundary(hops, { ownDomains: ['mail.assistancehelp.com'], trustedHosts: [] });
    expect(r.origin).toMatchObject({ ip: '40.107.255.49', hopIndex: 2, receivedBy: 'vi1eur05ft016.mail.protection.outlook.com' });
  });

  it('returns no origin for an empty chain and a purely internal one', () => {
    expect(applyTrustBoundary([], { ownDomains: [], trustedHosts: [] }).origin).toBeNull();
    const { hops } = buildHops(
      [rcv('from localhost (localhost [127.0.0.1]) by mail.example.org with ESMTP id Z; Mon, 8 Jan 2024 10:00:00 +0000')],
      DEFAULT_LIMITS,
    );
    expect(applyTrustBoundary(hops, { ownDomains: ['example.org'], trustedHosts: [] }).origin).toBeNull();
  });
});

describe('buildHops limits', () => {
  it('parses only maxReceived headers and warns; 10,000 headers stay bounded', () => {
    const headers = Array.from({ length: 10_000 }, (_, i) =>
      field(
        'Received',
        `from h${i}.example (h${i}.example [192.0.2.${i % 250}]) by mx${i}.example with ESMTP; Mon, 8 Jan 2024 10:00:00 +0000`,
      ),
    );
    const { hops, warnings } = buildHops(headers, { maxReceived: 100 });
    expect(hops).toHaveLength(100);
    expect(warnings).toEqual(['received-limit: 10000 Received headers, only the first 100 parsed']);
  });
});
