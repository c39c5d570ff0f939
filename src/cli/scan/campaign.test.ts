import { groupCampaigns } from './campaign.js';
import { linkKey, looksLikeToken } from './link-key.js';
import { minhash, similarity, words } from './minhash.js';
import { normalizeSubject } from './features.js';
import type { CampaignFeatures } from './types.js';

const none = (over: Partial<CampaignFeatures> = {}): CampaignFeatures => ({
  sender: null,
  links: [],
  infra: null,
  senderSubject: null,
  minhash: null,
  ...over,
});

describe('linkKey', () => {
  it('keeps host and path, drops the query, the fragment and per-recipient tokens', () => {
    const a = linkKey('https://kagoya-support-notification.azurefd.net/activemail/login?u=taro@example.jp&tk=abc#x', ['taro@example.jp']);
    const b = linkKey('https://kagoya-support-notification.azurefd.net/activemail/login?u=hanako@example.co.jp&tk=zzz', [
      'hanako@example.co.jp',
    ]);
    expect(a).toBe('kagoya-support-notification.azurefd.net/activemail/login');
    expect(b).toBe(a);
    expect(linkKey('https://evil.example/go/7f3a9c2b1d4e5f60718293a4/login', [])).toBe('evil.example/go/*/login');
    expect(linkKey('https://evil.example/u/dGFyb0BleGFtcGxlLmpw/reset', ['taro@example.jp'])).toBe('evil.example/u/*/reset');
    expect(linkKey('https://a1b2c3d4e5f6a7b8c9.evil.example/pay/now', [])).toBe('*.evil.example/pay/now');
  });
  it('gives no key for weak or generic links', () => {
    expect(linkKey('https://example.com/', [])).toBeNull(); // home page
    expect(linkKey('https://lore.kernel.org/r/20240101.12345-1-someone@example.org', [])).toBeNull(); // one word + token
    expect(linkKey('https://twitter.com/company/status', [])).toBeNull(); // generic host
    expect(linkKey('https://lists.example.org/mailman/listinfo/users', [])).toBeNull(); // list boilerplate
    expect(linkKey('mailto:a@example.com', [])).toBeNull();
    expect(linkKey('not a url', [])).toBeNull();
  });
  it('recognises tokens', () => {
    for (const t of ['7f3a9c2b1d4e5f60', '1234567', 'Q2hhbmdlTWUxMjM0', 'a@b.c']) expect(looksLikeToken(t), t).toBe(true);
    for (const t of ['login', 'activemail', 'article.php', '2024', 'kagoya-support-notification']) expect(looksLikeToken(t), t).toBe(false);
  });
});

describe('MinHash', () => {
  const base =
    'Dear customer, your mailbox password expires in 72 hours. To keep using your account, sign in at the link below and confirm your details today, otherwise your mailbox will be locked and messages will be lost. Support team';
  it('estimates high similarity for near-identical bodies and low for unrelated ones', () => {
    const a = minhash(words(base))!;
    const b = minhash(words(base.replace('72 hours', '48 hours').replace('Support team', 'Support desk')))!;
    const c = minhash(
      words(
        'The quarterly meeting moves to Thursday at ten in room four; bring the budget figures and the draft plan for the new office, and tell Ken if you cannot come.',
      ),
    )!;
    expect(similarity(a, b)).toBeGreaterThan(0.6);
    expect(similarity(a, c)).toBeLessThan(0.2);
  });
  it('counts Japanese characters as words and has no signature for a short body', () => {
    expect(words('重要なお知らせ abc')).toEqual(['重', '要', 'な', 'お', '知', 'ら', 'せ', 'abc']);
    expect(minhash(words('see attached'))).toBeNull();
  });
  it('drops recipient words', () => {
    expect(words('Hello taro, example', new Set(['taro']))).toEqual(['hello', 'example']);
  });
});

describe('normalizeSubject', () => {
  it('removes the recipient, digits and punctuation', () => {
    expect(normalizeSubject('重要なexample.jp通知-72時間', ['info@example.jp'])).toBe(
      normalizeSubject('重要なcorp.example通知-48時間', ['a@corp.example']),
    );
    expect(normalizeSubject('Invoice #4411 for taro', ['taro@x.example'])).toBe('invoice ## for');
  });
});

describe('groupCampaigns', () => {
  it('joins by shared link, infrastructure, sender+subject and similar body; singletons get no campaign', () => {
    const sig = minhash(words('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'))!;
    const f: CampaignFeatures[] = [
      none({ links: ['evil.example/a/login'] }),
      none({ links: ['evil.example/a/login', 'other.example/x/y'] }),
      none({ links: ['other.example/x/y'] }),
      none({ infra: '192.0.2.1|a@b.example' }),
      none({ infra: '192.0.2.1|a@b.example' }),
      none({ senderSubject: 'b.example|hello there' }),
      none({ senderSubject: 'b.example|hello there' }),
      none({ minhash: sig }),
      none({ minhash: [...sig] }),
      none({}),
    ];
    const { campaigns, campaignOf } = groupCampaigns(f);
    expect(campaigns.map((c) => [c.members, c.reasons])).toEqual([
      [[0, 1, 2], ['link']],
      [[3, 4], ['infrastructure']],
      [[5, 6], ['sender-subject']],
      [[7, 8], ['body']],
    ]);
    expect(campaignOf).toEqual(['c1', 'c1', 'c1', 'c2', 'c2', 'c3', 'c3', 'c4', 'c4', null]);
  });
  it('ignores a link shared by many different senders (list footer, project links)', () => {
    const f = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example'].map((s) =>
      none({ sender: s, links: ['lists.example.org/foo/bar'] }),
    );
    expect(groupCampaigns(f).campaigns).toEqual([]);
  });
});
