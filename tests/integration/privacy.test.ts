// Privacy proof (issue #8): what Sender Lens asks the network about a message.
// (a) Online analysis through the DoH resolver: every request goes to the configured endpoint, is a DNS query,
//     and asks only about names derived from the message or from earlier answers (tests/helpers/recording-oracle.ts);
//     no other network API (fetch, sockets, node:dns, http/https/http2) is touched.
// (b) Offline mode: no resolver call and no network attempt of any kind.
// (c) The built CLI with --offline, in a child process whose preload aborts on any network attempt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyzeMessage } from '../../src/core/analyze.js';
import { createDohResolver, createNoneResolver } from '../../src/core/dns/index.js';
import type { Resolver } from '../../src/core/dns/types.js';
import type { AnalyzeDeps, CryptoLike } from '../../src/core/deps.js';
import type { Report } from '../../src/core/model/report.js';
import { parseMessage } from '../../src/core/parse/mime/parse-message.js';
import { DEFAULT_LIMITS } from '../../src/core/deps.js';
import { createRecordingTransport } from '../helpers/recording-transport.js';
import { recordNetworkAttempts } from '../helpers/recording-network.js';
import { DerivationOracle } from '../helpers/recording-oracle.js';
import { createRdapClient, type RdapFetch } from '../../src/core/evidence/rdap/client.js';
import { shippedRdapBootstrap } from '../../src/core/evidence/rdap/shipped.js';
import { rdapServersFor } from '../../src/core/evidence/rdap/bootstrap.js';
import { createSafeBrowsingClient, SAFE_BROWSING_ENDPOINT, type HttpPostJson } from '../../src/core/evidence/safe-browsing.js';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'tests/fixtures/samples');
const ZONE: unknown = JSON.parse(readFileSync(join(SAMPLES, 'zone.json'), 'utf8'));
const CORPUS = '/work/shared/corpus/dev';
const ENDPOINT = 'https://doh.test.invalid/dns-query';
const crypto = globalThis.crypto as unknown as CryptoLike;
const now = (): number => performance.now();

/** The two samples plus the first three ham and three phish messages of the dev corpus (sorted, when present). */
function messages(): { label: string; raw: Uint8Array }[] {
  const out = ['kagoya-phish.eml', 'kagoya-legit.eml'].map((f) => ({
    label: `samples/${f}`,
    raw: new Uint8Array(readFileSync(join(SAMPLES, f))),
  }));
  for (const kind of ['ham', 'phish']) {
    const dir = join(CORPUS, kind);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.eml'))
      .sort()
      .slice(0, 3)) {
      out.push({ label: `corpus/${kind}/${f}`, raw: new Uint8Array(readFileSync(join(dir, f))) });
    }
  }
  return out;
}

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** Everything the message itself says, as text: raw bytes, decoded bodies, and its offline analysis. */
async function messageTexts(raw: Uint8Array): Promise<string[]> {
  const parsed = await parseMessage(raw, DEFAULT_LIMITS);
  const offline = await analyzeMessage(raw, { resolver: createNoneResolver(), offline: true, now, crypto });
  const derived = [
    ...offline.links.flatMap((l) => [l.target, l.hostAscii ?? '', l.host ?? '']),
    ...offline.hops.flatMap((h) => [h.helo ?? '', h.rdns ?? '', h.by ?? '', h.ip ?? '']),
    offline.origin?.ip ?? '',
  ];
  return [
    latin1(raw),
    Buffer.from(raw).toString('utf8'),
    parsed.text,
    parsed.html,
    ...parsed.attachments.map((a) => a.text ?? ''),
    ...derived,
  ];
}

function countingResolver(inner: Resolver): Resolver & { calls: number } {
  const r = {
    calls: 0,
    query: (...args: Parameters<Resolver['query']>) => {
      r.calls++;
      return inner.query(...args);
    },
  };
  return r;
}

describe('privacy: online analysis asks only about the message', () => {
  for (const m of messages()) {
    it(`${m.label}: DoH queries go to the endpoint only and ask only derived names; no other network use`, async () => {
      const oracle = new DerivationOracle(await messageTexts(m.raw));
      const rec = createRecordingTransport({
        endpoint: ENDPOINT,
        zone: ZONE,
        justify: (n, t) => oracle.justify(n, t),
        onAnswer: (r) => oracle.learn(r),
      });
      const deps: AnalyzeDeps = {
        resolver: createDohResolver({ endpoints: [ENDPOINT], transport: rec.transport, now }),
        offline: false,
        now,
        crypto,
      };
      const net = recordNetworkAttempts();
      let report: Report;
      try {
        report = await analyzeMessage(m.raw, deps);
      } finally {
        net.restore();
      }
      expect(net.attempts).toEqual([]);
      expect(report.findings.find((f) => f.id === 'analysis-error')).toBeUndefined();
      const bad = rec.queries.filter((q) => q.problem !== null).map((q) => `${q.method} ${q.name || q.url}: ${q.problem}`);
      expect(bad).toEqual([]);
      if (process.env.PRIVACY_VERBOSE)
        console.log(
          `${m.label}: ${rec.queries.length} DoH queries: ${rec.queries.map((q) => `${q.name}/${q.type} (${q.reason})`).join(', ')}`,
        );
      if (m.label.startsWith('samples/')) {
        // Not vacuous: the network checks really ran and asked the recorder.
        expect(rec.queries.length).toBeGreaterThan(0);
        expect(report.checks.some((c) => c.status === 'done')).toBe(true);
      }
    });
  }
});

describe('privacy: the recorder and oracle catch leaks (negative controls)', () => {
  it('flags a name not in the message, a wrong endpoint and a non-DNS request', async () => {
    const raw = new Uint8Array(readFileSync(join(SAMPLES, 'kagoya-phish.eml')));
    const oracle = new DerivationOracle(await messageTexts(raw));
    const rec = createRecordingTransport({
      endpoint: ENDPOINT,
      zone: ZONE,
      justify: (n, t) => oracle.justify(n, t),
      onAnswer: (r) => oracle.learn(r),
    });
    const resolver = createDohResolver({ endpoints: [ENDPOINT], transport: rec.transport, now });
    await resolver.query('kagoya.net', 'TXT');
    await resolver.query('tracker-not-in-message.example', 'A');
    await resolver.query('_dmarc.unrelated.example', 'TXT');
    await resolver.query('1.0.0.10.in-addr.arpa', 'PTR');
    const signal = new AbortController().signal;
    await rec.transport({ url: 'https://other.test.invalid/dns-query?dns=AAAA', method: 'GET', signal });
    await rec.transport({ url: `${ENDPOINT}?dns=AAAA`, method: 'GET', signal });
    expect(rec.queries.map((q) => q.problem === null)).toEqual([true, false, false, false, false, false]);
  });
});

describe('privacy: offline mode makes no requests', () => {
  for (const m of messages()) {
    it(`${m.label}: no resolver call, no network attempt`, async () => {
      const resolver = countingResolver(createNoneResolver());
      const net = recordNetworkAttempts();
      let report: Report;
      try {
        report = await analyzeMessage(m.raw, { resolver, offline: true, now, crypto });
      } finally {
        net.restore();
      }
      expect(net.attempts).toEqual([]);
      expect(resolver.calls).toBe(0);
      expect(report.verdict).toMatch(/^(danger|caution|ok|unknown)$/);
    });
  }
});

describe('privacy: the built CLI in offline mode', () => {
  const preload = join(ROOT, 'tests/helpers/recording-preload.mjs');
  const built = existsSync(join(ROOT, 'dist/cli/sender-lens.mjs'));
  if (!built) console.warn('privacy.test: dist/cli is missing (run `npm run build`); the CLI checks are skipped');

  it('the preload detector itself works (positive control, loopback address only)', () => {
    const r = spawnSync(process.execPath, ['--import', preload, '-e', "fetch('https://127.0.0.1:9/').catch(() => {})"], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(97);
    expect(r.stderr).toContain('NETWORK-ATTEMPT fetch');
  });

  it.skipIf(!built)('sender-lens analyze --offline --json makes zero network attempts', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', preload, join(ROOT, 'bin/sender-lens.mjs'), 'analyze', '--offline', '--json', join(SAMPLES, 'kagoya-phish.eml')],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toContain('NETWORK-ATTEMPT');
    expect(r.status).not.toBe(97);
    expect([0, 1, 2]).toContain(r.status);
    const out = JSON.parse(r.stdout) as { verdict?: string };
    expect(out.verdict).toMatch(/^(danger|caution|ok|unknown)$/);
  });
});

// Issue #14: the reputation sources. RDAP sends one GET per registrable domain the message names, to the server the
// shipped IANA bootstrap names for its TLD; DNS blocklists ask `<reversed origin IP>.<zone>` and `<domain>.<zone>`
// through the same DoH endpoint. Nothing else leaves; offline mode sends none of it.
describe('privacy: reputation sources (RDAP, DNS blocklists) ask only documented names', () => {
  const reputationMessages = [
    ...messages(),
    { label: 'reputation/young-link.eml', raw: new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/reputation/young-link.eml'))) },
  ];
  const DNSBL = ['spamhaus-zen', 'spamhaus-dbl', 'surbl'];
  const ZONES = ['zen.spamhaus.org', 'dbl.spamhaus.org', 'multi.surbl.org'];

  function recordingRdap(): { fetch: RdapFetch; urls: string[] } {
    const urls: string[] = [];
    return {
      urls,
      fetch: async ({ url }) => {
        urls.push(url);
        const name = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
        return {
          status: 200,
          location: null,
          retryAfter: null,
          body: JSON.stringify({
            objectClassName: 'domain',
            ldhName: name,
            events: [{ eventAction: 'registration', eventDate: '2001-01-01T00:00:00Z' }],
          }),
        };
      },
    };
  }

  for (const m of reputationMessages) {
    it(`${m.label}: RDAP GETs go to the bootstrap's server for message domains only; blocklist queries are derived names`, async () => {
      const oracle = new DerivationOracle(await messageTexts(m.raw));
      oracle.dnsblZones = ZONES;
      const rec = createRecordingTransport({
        endpoint: ENDPOINT,
        zone: ZONE,
        justify: (n, t) => oracle.justify(n, t),
        onAnswer: (r) => oracle.learn(r),
      });
      const http = recordingRdap();
      const rdap = createRdapClient({ fetch: http.fetch, bootstrap: shippedRdapBootstrap(), now: () => Date.now() });
      const posts: Array<{ url: string; body: string }> = [];
      const post: HttpPostJson = async (req) => {
        posts.push({ url: req.url, body: req.body });
        return { status: 200, body: '{}' };
      };
      const urlReputation = createSafeBrowsingClient({ key: 'TEST-KEY-0123456789', post, now: () => Date.now() });
      const offlineLinks = (await analyzeMessage(m.raw, { resolver: createNoneResolver(), offline: true, now, crypto })).links.map(
        (l) => l.target,
      );
      const net = recordNetworkAttempts();
      let report: Report;
      try {
        report = await analyzeMessage(m.raw, {
          resolver: createDohResolver({ endpoints: [ENDPOINT], transport: rec.transport, now }),
          offline: false,
          now,
          crypto,
          rdap,
          urlReputation,
          settings: { dnsbl: DNSBL },
        });
      } finally {
        net.restore();
      }
      expect(net.attempts).toEqual([]);
      expect(rec.queries.filter((q) => q.problem !== null).map((q) => `${q.name}: ${q.problem}`)).toEqual([]);
      for (const url of http.urls) {
        const domain = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
        expect(oracle.knowsDomain(domain), `${url} asks about a domain the message does not name`).toBe(true);
        expect(rdapServersFor(shippedRdapBootstrap(), domain).map((b) => `${b}domain/${domain}`)).toContain(url);
      }
      // Safe Browsing (user key): one POST to the Lookup endpoint with the key, carrying only the message's link URLs.
      expect(posts.length).toBe(offlineLinks.length > 0 ? 1 : 0);
      for (const p of posts) {
        expect(p.url).toBe(`${SAFE_BROWSING_ENDPOINT}?key=TEST-KEY-0123456789`);
        const sent = (JSON.parse(p.body) as { threatInfo: { threatEntries: { url: string }[] } }).threatInfo.threatEntries.map(
          (e) => e.url,
        );
        expect(sent.length).toBeGreaterThan(0);
        for (const u of sent) expect(offlineLinks).toContain(u);
      }
      // Not vacuous: every domain with an RDAP server in the bootstrap was asked, and the blocklists were asked.
      const withServer = (report.reputation ?? []).filter((d) => rdapServersFor(shippedRdapBootstrap(), d.domain).length > 0);
      expect(http.urls.length).toBe(withServer.length);
      if (m.label.startsWith('samples/kagoya-phish') || m.label.startsWith('reputation/')) {
        expect(http.urls.length).toBeGreaterThan(0);
        expect(rec.queries.some((q) => ZONES.some((z) => q.name.endsWith(`.${z}`)))).toBe(true);
      }
    });
  }

  it('negative control: the oracle rejects a blocklist query for a domain the message does not name', async () => {
    const raw = new Uint8Array(readFileSync(join(SAMPLES, 'kagoya-phish.eml')));
    const oracle = new DerivationOracle(await messageTexts(raw));
    oracle.dnsblZones = ZONES;
    expect(oracle.justify('kagoya.net.dbl.spamhaus.org', 'A')).not.toBeNull();
    expect(oracle.justify('unrelated-site.example.dbl.spamhaus.org', 'A')).toBeNull();
    expect(oracle.justify('4.3.2.1.zen.spamhaus.org', 'A')).toBeNull();
    expect(oracle.knowsDomain('unrelated-site.example')).toBe(false);
  });

  for (const m of reputationMessages) {
    it(`${m.label}: offline mode with RDAP and blocklists configured sends nothing and says they were skipped`, async () => {
      const resolver = countingResolver(createNoneResolver());
      const http = recordingRdap();
      const rdap = createRdapClient({ fetch: http.fetch, bootstrap: shippedRdapBootstrap(), now: () => Date.now() });
      const posts: string[] = [];
      const urlReputation = createSafeBrowsingClient({
        key: 'TEST-KEY-0123456789',
        post: async (req) => {
          posts.push(req.url);
          return { status: 200, body: '{}' };
        },
        now: () => Date.now(),
      });
      const net = recordNetworkAttempts();
      let report: Report;
      try {
        report = await analyzeMessage(m.raw, { resolver, offline: true, now, crypto, rdap, urlReputation, settings: { dnsbl: DNSBL } });
      } finally {
        net.restore();
      }
      expect(net.attempts).toEqual([]);
      expect(resolver.calls).toBe(0);
      expect(http.urls).toEqual([]);
      expect(posts).toEqual([]);
      expect(report.checks.filter((c) => ['rdap', 'dnsbl', 'safe-browsing'].includes(c.name)).map((c) => c.status)).toEqual([
        'skipped',
        'skipped',
        'skipped',
      ]);
    });
  }
});
