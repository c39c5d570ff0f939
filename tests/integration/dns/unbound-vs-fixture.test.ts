/** The DoH client against a real unbound serving zone.json gives the same answers as the fixture resolver. */
import { readFileSync } from 'node:fs';
import { startUnboundDoh, type UnboundDoh } from '../../helpers/unbound.js';
import { createNodeDohTransport, type NodeDohTransport } from '../../../src/platform/node/doh-transport.js';
import { createDohResolver } from '../../../src/core/dns/doh-resolver.js';
import { createFixtureResolver } from '../../../src/core/dns/fixture-resolver.js';
import type { DnsResult, RRType } from '../../../src/core/dns/types.js';
import { gatherNetworkEvidence } from '../../../src/core/evidence/evidence.js';
import type { Origin } from '../../../src/core/model/index.js';
import { makeOrigin } from '../../../src/core/rules/test-message.js';
import { SHARED } from '../../helpers/shared.js';

const zone = JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as Record<string, unknown>;
const fixture = createFixtureResolver(zone);

/** Names are case-insensitive (RFC 4343): compare lower-cased; `error` text differs by design. */
function norm(r: DnsResult): unknown {
  return { ...r, name: r.name.toLowerCase(), error: undefined, records: r.records.map((x) => ({ ...x, name: x.name.toLowerCase() })) };
}

const TYPES: RRType[] = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS'];
const names = Object.keys(zone).filter((n) => !n.startsWith('_comment'));
const questions: [string, RRType][] = [
  ...names.flatMap((n) => TYPES.map((t): [string, RRType] => [n, t])),
  ['does-not-exist.kagoya.net', 'A'],
  ['nothing.example.jp', 'MX'],
  ['9.9.9.9.in-addr.arpa', 'PTR'],
];

let ub: UnboundDoh;
let transport: NodeDohTransport;
beforeAll(async () => {
  ub = await startUnboundDoh(zone);
  transport = createNodeDohTransport({ ca: ub.caPem });
});
afterAll(async () => {
  await transport?.close();
  await ub?.stop();
});

describe.each(['GET', 'POST'] as const)('unbound DoH over %s', (method) => {
  it(`answers ${questions.length} questions exactly like the fixture resolver`, async () => {
    const doh = createDohResolver({ endpoints: [ub.url], transport, method, now: () => performance.now() });
    expect(ub.unsupported).toEqual([]);
    const got = await Promise.all(questions.map(([n, t]) => doh.query(n, t)));
    const want = await Promise.all(questions.map(([n, t]) => fixture.query(n, t)));
    for (let i = 0; i < questions.length; i++) expect(norm(got[i]!), questions[i]!.join(' ')).toEqual(norm(want[i]!));
    const statuses = new Set(got.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['nodata', 'nxdomain', 'ok']);
    const dkim = got[questions.findIndex(([n, t]) => n === 'fixture2023._domainkey.kagoya.jp' && t === 'TXT')]!.records[0]!;
    expect(dkim.type === 'TXT' && dkim.strings.join('')).toMatch(/^v=DKIM1; k=rsa; p=MIIB[A-Za-z0-9+/]+IDAQAB$/);
  });
});

describe('network evidence through unbound equals the fixture run', () => {
  const origin = (ip: string, helo: string): Origin => makeOrigin({ ip, helo });
  const inputs = [
    {
      origin: origin('52.140.204.1', '[127.0.0.1]'),
      fromDomain: 'kagoya.net',
      returnPathDomain: 'kagoya.net',
      heloName: '[127.0.0.1]',
      linkHosts: ['kagoya-support-notification.azurefd.net'],
    },
    {
      origin: origin('203.142.206.14', 'mas14.kagoya.net'),
      fromDomain: 'kagoya.jp',
      returnPathDomain: 'mail.kagoya.jp',
      heloName: 'mas14.kagoya.net',
      linkHosts: [],
    },
  ];
  it('phish and legit', async () => {
    const doh = createDohResolver({ endpoints: [ub.url], transport, now: () => performance.now() });
    for (const input of inputs) {
      const a = await gatherNetworkEvidence(input, { resolver: doh });
      const b = await gatherNetworkEvidence(input, { resolver: fixture });
      expect(a).toEqual(b);
    }
    const phish = await gatherNetworkEvidence(inputs[0]!, { resolver: doh });
    expect(phish.origin).toMatchObject({ asn: 8075, ptr: [], fcrdns: false });
    expect(phish.findings.map((f) => f.id)).toContain('origin-not-sender-infrastructure');
    const legit = await gatherNetworkEvidence(inputs[1]!, { resolver: doh });
    expect(legit.origin).toMatchObject({ asn: 17930, ptr: ['mas14.kagoya.net'], fcrdns: true });
  });
});
