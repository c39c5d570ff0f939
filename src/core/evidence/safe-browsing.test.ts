import { createSafeBrowsingClient, SAFE_BROWSING_ENDPOINT, type HttpPostJson } from './safe-browsing.js';
import { analyzeMessage } from '../analyze.js';
import { createNoneResolver } from '../dns/none-resolver.js';
import type { Resolver } from '../dns/types.js';
import { errorResult } from '../dns/answer.js';

const PHISH = 'https://login.bad.example/a';
function fakePost(answer: (body: { threatInfo: { threatEntries: { url: string }[] } }) => { status: number; body: string }): {
  post: HttpPostJson;
  sent: Array<{ url: string; body: string }>;
} {
  const sent: Array<{ url: string; body: string }> = [];
  return {
    sent,
    post: async ({ url, body }) => {
      sent.push({ url, body });
      return answer(JSON.parse(body));
    },
  };
}
const listing = (urls: string[]) => ({
  status: 200,
  body: JSON.stringify(
    urls.includes(PHISH)
      ? { matches: [{ threatType: 'SOCIAL_ENGINEERING', platformType: 'ANY_PLATFORM', threat: { url: PHISH }, cacheDuration: '300s' }] }
      : {},
  ),
});

describe('Google Safe Browsing v4 Lookup (user key)', () => {
  it('sends exactly the key and the link URLs to the Lookup endpoint; caches answers per URL', async () => {
    const f = fakePost((b) => listing(b.threatInfo.threatEntries.map((e) => e.url)));
    let t = 0;
    const c = createSafeBrowsingClient({ key: 'K&1', post: f.post, now: () => t });
    expect(await c.lookup([PHISH, 'https://ok.example/'], { timeLeftMs: 1000 })).toEqual({
      status: 'ok',
      matches: [{ url: PHISH, threat: 'SOCIAL_ENGINEERING' }],
    });
    expect(f.sent).toHaveLength(1);
    expect(f.sent[0]!.url).toBe(`${SAFE_BROWSING_ENDPOINT}?key=K%261`);
    const body = JSON.parse(f.sent[0]!.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['client', 'threatInfo']);
    expect(body.threatInfo).toMatchObject({ threatEntries: [{ url: PHISH }, { url: 'https://ok.example/' }] });
    t += 1000;
    expect((await c.lookup([PHISH], { timeLeftMs: 1000 })).status).toBe('ok');
    expect(f.sent).toHaveLength(1);
  });
  it('an error answer is "could not check", never clean', async () => {
    const c = createSafeBrowsingClient({ key: 'bad', post: fakePost(() => ({ status: 403, body: '{}' })).post, now: () => 0 });
    expect(await c.lookup([PHISH], { timeLeftMs: 1000 })).toEqual({
      status: 'unavailable',
      reason: 'Safe Browsing answered HTTP 403 (is the API key valid?)',
    });
  });
  it('in an analysis: a listed link is url-reputation-listed (high); offline sends nothing', async () => {
    const raw = new TextEncoder().encode(
      `From: a@example.org\r\nTo: b@example.jp\r\nSubject: x\r\nDate: Fri, 20 Nov 2026 09:30:00 +0000\r\n\r\nSee ${PHISH}\r\n`,
    );
    const f = fakePost((b) => listing(b.threatInfo.threatEntries.map((e) => e.url)));
    const urlReputation = createSafeBrowsingClient({ key: 'k', post: f.post, now: () => 0 });
    const quiet: Resolver = { query: async (name, type) => errorResult(name, type, 'nxdomain', 'no such name') };
    const r = await analyzeMessage(raw, { resolver: quiet, offline: false, now: () => 0, crypto: globalThis.crypto, urlReputation });
    expect(r.findings.find((x) => x.id === 'url-reputation-listed')).toMatchObject({
      severity: 'high',
      params: { url: PHISH, threat: 'SOCIAL_ENGINEERING' },
    });
    expect(r.checks.find((c) => c.name === 'safe-browsing')).toMatchObject({ status: 'done' });
    const off = fakePost(() => ({ status: 200, body: '{}' }));
    const o = await analyzeMessage(raw, {
      resolver: createNoneResolver(),
      offline: true,
      now: () => 0,
      crypto: globalThis.crypto,
      urlReputation: createSafeBrowsingClient({ key: 'k', post: off.post, now: () => 0 }),
    });
    expect(off.sent).toEqual([]);
    expect(o.checks.find((c) => c.name === 'safe-browsing')).toMatchObject({ status: 'skipped' });
  });
});
