// Issue #14 "Done when": domain age over RDAP and DNS blocklists against real components on 127.0.0.1: the built CLI
// with unbound (Debian) serving the sample zone plus blocklist zones over DoH, and a loopback RDAP server (RFC 9083
// JSON) named by a test bootstrap file. Then the fault matrix in-process: each RDAP or blocklist failure is
// "could not check" within the message's time budget, never a pass.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUnboundDoh, type UnboundDoh } from '../helpers/unbound.js';
import { startRdapServer, type RdapTestServer } from '../helpers/rdap-server.js';
import { analyzeMessage } from '../../src/core/analyze.js';
import { createDohResolver } from '../../src/core/dns/index.js';
import { createNodeDohTransport } from '../../src/platform/node/doh-transport.js';
import { createNodeRdapFetch } from '../../src/platform/node/rdap-fetch.js';
import { createRdapClient } from '../../src/core/evidence/rdap/client.js';
import { parseRdapBootstrap } from '../../src/core/evidence/rdap/bootstrap.js';
import type { Report } from '../../src/core/model/report.js';

const SAMPLES = 'tests/fixtures/samples';
const YOUNG = 'tests/fixtures/reputation/young-link.eml';
const ZONE = JSON.parse(readFileSync(`${SAMPLES}/zone.json`, 'utf8')) as Record<string, unknown>;
const BLOCKLISTS = {
  // Origin of kagoya-phish (52.140.204.1) on Spamhaus ZEN as XBL; a custom IP list that refuses (public resolver code).
  '1.204.140.52.zen.spamhaus.org': { A: ['127.0.0.4'] },
  '1.204.140.52.refusing.test': { A: ['127.255.255.254'] },
  // Domain lists: the young link domain listed as phishing on DBL; the KAGOYA phish's link host's registrable domain
  // as an abused legit domain; kagoya.net refused by SURBL (127.0.0.1 = blocked resolver).
  'photo-share-album.com.dbl.spamhaus.org': { A: ['127.0.1.4'] },
  'azurefd.net.dbl.spamhaus.org': { A: ['127.0.1.102'] },
  'kagoya.net.multi.surbl.org': { A: ['127.0.0.1'] },
  // Spamhaus refusing a query for the legit sample's domain (127.255.255.254: query via a public resolver).
  'kagoya.jp.dbl.spamhaus.org': { A: ['127.255.255.254'] },
};
const DAY = 86_400_000;
const MESSAGE_DATE = Date.parse('2026-11-20T09:30:00Z');

let doh: UnboundDoh;
let rdap: RdapTestServer;
let dir: string;
let caFile: string;
let bootstrapFile: string;

beforeAll(async () => {
  doh = await startUnboundDoh({ ...ZONE, ...BLOCKLISTS }, { servfail: ['servfail.invalid'] });
  rdap = await startRdapServer({
    'photo-share-album.com': { registered: new Date(MESSAGE_DATE - 2 * DAY - 3_600_000).toISOString() },
    'example.org': { registered: '1995-08-31T04:00:00Z' },
    'kagoya.jp': { registered: '1996-06-26T00:00:00Z' },
    'kagoya.net': { registered: '1998-02-19T05:00:00Z' },
    'azurefd.net': { registered: '2017-05-31T18:14:41Z' },
    'hidden.net': 'hidden',
    'missing.com': 'not-found',
    'limited.com': 'rate-limited',
    'limited-too.com': { registered: '2000-01-01T00:00:00Z' },
    'garbage.com': 'garbage',
    'slow.com': 'hang',
    'moved.com': 'redirect',
    'loop.com': 'loop',
    'broken.com': 'error',
    'other.com': 'wrong-domain',
  });
  dir = mkdtempSync(join(tmpdir(), 'sl-reputation-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, doh.caPem);
  bootstrapFile = join(dir, 'dns.json');
  writeFileSync(bootstrapFile, JSON.stringify(rdap.bootstrap(['com', 'net', 'jp', 'org'])));
});
afterAll(async () => {
  await doh?.stop();
  await rdap?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Line = {
  verdict: string;
  findings: { id: string; severity: string; evidence: { value: string; label?: string }[] }[];
  checks: { name: string; status: string; reason: string | null }[];
  reputation?: Report['reputation'];
};
/** Runs the built CLI asynchronously (the RDAP test server lives in this process and must keep answering). */
function run(args: string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/sender-lens.mjs', 'analyze', ...args], { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ stdout, stderr, status: err ? (typeof err.code === 'number' ? err.code : null) : 0 });
    });
  });
}
async function cli(args: string[]): Promise<{ json: Line; stderr: string; status: number | null }> {
  const r = await run(['--json', '--doh', doh.url, '--doh-ca', caFile, ...args]);
  return { json: JSON.parse(r.stdout) as Line, stderr: r.stderr, status: r.status };
}
const ids = (l: Line) => l.findings.map((f) => f.id);
const check = (l: Line, name: string) => l.checks.find((c) => c.name === name);

describe('sender-lens analyze --rdap-bootstrap / --dnsbl (unbound DoH + loopback RDAP server)', () => {
  it('a link to a .com registered two days before the Date: domain-young (high) with domain and age, at least caution', async () => {
    const before = rdap.hits.length;
    const { json, stderr } = await cli(['--rdap-bootstrap', bootstrapFile, YOUNG]);
    expect(stderr).toBe('');
    const young = json.findings.find((f) => f.id === 'domain-young');
    expect(young).toBeDefined();
    expect(young!.severity).toBe('high');
    expect(young!.evidence[0]).toMatchObject({ value: 'photo-share-album.com', label: 'link' });
    expect(young!.evidence[1]!.value).toContain('2 days before');
    expect(['caution', 'danger']).toContain(json.verdict);
    expect(json.reputation?.find((d) => d.domain === 'photo-share-album.com')?.age).toMatchObject({ status: 'registered', ageDays: 2 });
    expect(check(json, 'rdap')).toMatchObject({ status: 'done' });
    // Asked only the bootstrap's server, one GET per domain (From example.org and the link).
    expect(rdap.hits.slice(before).sort()).toEqual(['/rdap/domain/example.org', '/rdap/domain/photo-share-album.com']);
  });

  it('the same message without RDAP is not caution (the age is what raises it)', async () => {
    const { json } = await cli(['--no-rdap', YOUNG]);
    expect(ids(json)).not.toContain('domain-young');
    expect(['ok', 'unknown']).toContain(json.verdict);
    expect(check(json, 'rdap')).toBeUndefined();
  });

  it('the legitimate KAGOYA sample with decades-old RDAP answers: no domain-young, no dnsbl-listed, still ok', async () => {
    const { json, stderr } = await cli(['--rdap-bootstrap', bootstrapFile, '--dnsbl', 'spamhaus-zen', `${SAMPLES}/kagoya-legit.eml`]);
    expect(stderr).toBe('');
    expect(ids(json)).not.toContain('domain-young');
    expect(ids(json)).not.toContain('dnsbl-listed');
    expect(json.verdict).toBe('ok');
    expect(json.reputation).toEqual([
      {
        domain: 'kagoya.jp',
        roles: ['from', 'return-path', 'link'],
        age: {
          status: 'registered',
          registered: '1996-06-26T00:00:00Z',
          ageDays: Math.floor((Date.parse('2023-11-15T01:00:00Z') - Date.parse('1996-06-26T00:00:00Z')) / DAY),
          reason: null,
        },
      },
    ]);
    expect(check(json, 'dnsbl')).toMatchObject({ status: 'done' });
  });

  it('blocklists: origin IP listed on ZEN (XBL), link domain on DBL (abused legit), SURBL refusal and SERVFAIL are "could not check"', async () => {
    const { json, stderr } = await cli([
      '--rdap-bootstrap',
      bootstrapFile,
      '--dnsbl',
      'spamhaus-zen',
      '--dnsbl',
      'ip:refusing.test',
      '--dnsbl',
      'spamhaus-dbl',
      '--dnsbl',
      'surbl',
      '--dnsbl',
      'domain:servfail.invalid',
      `${SAMPLES}/kagoya-phish.eml`,
    ]);
    expect(stderr).toBe('');
    const listed = json.findings.filter((f) => f.id === 'dnsbl-listed');
    expect(listed.map((f) => [f.severity, f.evidence.map((e) => e.value).join(' | '), f.evidence[1]!.label])).toEqual(
      expect.arrayContaining([
        ['high', '52.140.204.1 | 127.0.0.4', 'zen.spamhaus.org: XBL: exploited host or botnet'],
        ['low', 'azurefd.net | 127.0.1.102', 'dbl.spamhaus.org: abused legit domain (spam)'],
      ]),
    );
    expect(listed).toHaveLength(2);
    expect(check(json, 'dnsbl')).toMatchObject({ status: 'unavailable' });
    expect(check(json, 'dnsbl')!.reason).toMatch(/refusing\.test refused the query \(127\.255\.255\.254\)/);
    const domainState = check(json, 'dnsbl-domain')!;
    expect(domainState.status).toBe('unavailable');
    const kagoyaNet = json.reputation!.find((d) => d.domain === 'kagoya.net')!;
    expect(kagoyaNet.listings).toEqual([]);
    expect(kagoyaNet.dnsblUnavailable!.map((u) => u.list).sort()).toEqual(['multi.surbl.org', 'servfail.invalid']);
    expect(kagoyaNet.dnsblUnavailable!.find((u) => u.list === 'multi.surbl.org')!.reason).toMatch(
      /refused the query \(127\.0\.0\.1\): SURBL answers 127\.0\.0\.1/,
    );
    expect(kagoyaNet.dnsblUnavailable!.find((u) => u.list === 'servfail.invalid')!.reason).toMatch(/servfail/i);
  });

  it('Spamhaus refusal code (127.255.255.254) on a domain: could not check with the DQS hint, never listed or clean', async () => {
    const { json } = await cli(['--rdap-bootstrap', bootstrapFile, '--dnsbl', 'spamhaus-dbl', `${SAMPLES}/kagoya-legit.eml`]);
    const rep = json.reputation!.find((d) => d.domain === 'kagoya.jp')!;
    expect(rep.listings).toEqual([]);
    expect(rep.dnsblUnavailable).toEqual([
      { list: 'dbl.spamhaus.org', reason: expect.stringMatching(/127\.255\.255\.254.*Data Query Service/) },
    ]);
    expect(check(json, 'dnsbl-domain')).toMatchObject({ status: 'unavailable' });
  });

  it('the text output prints age and listings beside each domain', async () => {
    const r = await run(['--doh', doh.url, '--doh-ca', caFile, '--rdap-bootstrap', bootstrapFile, '--dnsbl', 'spamhaus-dbl', YOUNG]);
    expect(r.stdout).toContain('== Domain age and blocklists ==');
    expect(r.stdout).toMatch(
      /photo-share-album\.com \(link\): registered 2026-11-18 \(2 days before the message\); listed on dbl\.spamhaus\.org: 127\.0\.1\.4 \(phishing domain\)/,
    );
    expect(r.stdout).toMatch(/example\.org \(from\): registered 1995-08-31 \(\d+ days before the message\); not on dbl\.spamhaus\.org/);
  });

  it('usage errors: an unknown --dnsbl spec, --rdap-bootstrap with --no-rdap, a bootstrap naming a non-loopback http server', async () => {
    const bad = await run(['--offline', '--dnsbl', 'not a zone', YOUNG]);
    expect(bad.status).toBe(3);
    const both = await run(['--offline', '--no-rdap', '--rdap-bootstrap', bootstrapFile, YOUNG]);
    expect(both.status).toBe(3);
    const httpFile = join(dir, 'http.json');
    writeFileSync(httpFile, JSON.stringify({ services: [[['com', 'org'], ['http://rdap.example.test/']]] }));
    const { json } = await cli(['--rdap-bootstrap', httpFile, YOUNG]);
    // The only server named is plain http off loopback: dropped, so no service is known and nothing is requested.
    expect(json.reputation!.every((d) => d.age?.status === 'no-service')).toBe(true);
  });
});

describe('RDAP faults: each is "could not check" within the message time budget (in-process, same servers)', () => {
  const BUDGET_MS = 2500;
  function message(domain: string): Uint8Array {
    return new TextEncoder().encode(
      [
        'From: Someone <someone@example.org>',
        'To: reader@example.jp',
        'Subject: link',
        'Date: Fri, 20 Nov 2026 09:30:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain',
        '',
        `https://www.${domain}/x`,
        '',
      ].join('\r\n'),
    );
  }
  async function analyzeWith(domain: string, client: ReturnType<typeof createRdapClient>): Promise<{ report: Report; ms: number }> {
    const transport = createNodeDohTransport({ ca: doh.caPem });
    try {
      const now = () => performance.now();
      const started = performance.now();
      const report = await analyzeMessage(message(domain), {
        resolver: createDohResolver({ endpoints: [doh.url], transport, now }),
        offline: false,
        now: () => Date.now(),
        crypto: globalThis.crypto,
        rdap: client,
        limits: { timeBudgetMs: BUDGET_MS },
      });
      return { report, ms: performance.now() - started };
    } finally {
      await transport.close();
    }
  }
  const fresh = () => {
    const t = createNodeRdapFetch();
    return createRdapClient({
      fetch: t.fetch,
      bootstrap: parseRdapBootstrap(rdap.bootstrap(['com', 'net', 'org']), { allowLoopbackHttp: true }),
      now: () => Date.now(),
      allowLoopbackHttp: true,
      requestTimeoutMs: 1500,
    });
  };
  const cases: Array<[string, RegExp]> = [
    ['missing.com', /HTTP 404/],
    ['garbage.com', /not JSON/],
    ['slow.com', /did not answer within/],
    ['loop.com', /redirect loop/],
    ['broken.com', /HTTP 500/],
    ['other.com', /about someone-else\.test/],
  ];
  for (const [domain, reason] of cases) {
    it(`${domain}: rdap unavailable (${reason.source}), no age finding, within the budget`, async () => {
      const { report, ms } = await analyzeWith(domain, fresh());
      const rep = report.reputation!.find((d) => d.domain === domain)!;
      expect(rep.age).toMatchObject({ status: 'unavailable', ageDays: null });
      expect(rep.age!.reason).toMatch(reason);
      const state = report.checks.find((c) => c.name === 'rdap')!;
      expect(state.status).toBe('unavailable');
      expect(state.reason).toMatch(reason);
      expect(report.findings.map((f) => f.id)).not.toContain('domain-young');
      expect(report.verdict).not.toBe('ok');
      expect(ms).toBeLessThan(BUDGET_MS + 1000);
    });
  }

  it('429 with Retry-After: could not check, and the server is left alone for the Retry-After time (no second request)', async () => {
    const client = fresh();
    const first = await analyzeWith('limited.com', client);
    expect(first.report.reputation!.find((d) => d.domain === 'limited.com')!.age!.reason).toMatch(/HTTP 429\), retry after 120 s/);
    const hits = rdap.hits.length;
    const second = await analyzeWith('limited-too.com', client);
    expect(second.report.reputation!.find((d) => d.domain === 'limited-too.com')!.age).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/asked us to wait \(HTTP 429\)/),
    });
    expect(rdap.hits.length).toBe(hits);
  });

  it('a redirect is followed (bounded) to the moved object; hidden registration data is neutral', async () => {
    const moved = await analyzeWith('moved.com', fresh());
    expect(moved.report.reputation!.find((d) => d.domain === 'moved.com')!.age).toMatchObject({
      status: 'registered',
      registered: '1999-04-01T00:00:00Z',
    });
    const hidden = await analyzeWith('hidden.net', fresh());
    expect(hidden.report.findings.find((f) => f.id === 'domain-registration-hidden')).toMatchObject({ severity: 'info' });
    expect(hidden.report.checks.find((c) => c.name === 'rdap')).toMatchObject({ status: 'done' });
  });

  it('warm cache: the second analysis of the same message sends no RDAP request', async () => {
    const client = fresh();
    await analyzeWith('moved.com', client);
    const sent = client.requests;
    const hits = rdap.hits.length;
    const again = await analyzeWith('moved.com', client);
    expect(client.requests).toBe(sent);
    expect(rdap.hits.length).toBe(hits);
    expect(again.report.reputation!.find((d) => d.domain === 'moved.com')!.age!.status).toBe('registered');
  });
});
