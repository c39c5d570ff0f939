import type { Report, Verdict } from '../../../../src/core/model/report.js';
import { badgeFor, createWebmailBackground, popupStateFor, type BadgeState } from '../../../../src/platform/webmail/background.js';
import { parseWebmailRequest } from '../../../../src/platform/webmail/protocol.js';

const report = (verdict: Verdict): Report => ({ verdict }) as unknown as Report;

function setup(verdictOf: (raw: string) => Verdict | Error) {
  const badges: [number, BadgeState][] = [];
  let analyses = 0;
  const bg = createWebmailBackground({
    analyze: async (raw) => {
      analyses++;
      const v = verdictOf(new TextDecoder().decode(raw));
      if (v instanceof Error) throw v;
      return { status: 'ready', report: report(v) };
    },
    lang: async () => 'ja',
    sha256Hex: async (b) => `h${b.length}-${b[0]}`,
    setBadge: async (tabId, s) => void badges.push([tabId, s]),
    openReport: async () => undefined,
  });
  return { bg, badges, analyses: () => analyses };
}

const analyze = (key: string, raw: string, visible = [key]) => ({
  type: 'webmail-analyze',
  site: 'roundcube',
  key,
  raw,
  exact: true,
  visible,
});

describe('webmail background', () => {
  it('analyzes, records the hash and size of what was analyzed, and badges the tab', async () => {
    const { bg, badges } = setup(() => 'danger');
    const reply = await bg.handle(analyze('k1', 'Subject: x\r\n\r\n'), 7);
    expect(reply).toMatchObject({ ok: true, value: { lang: 'ja', sha256: 'h14-83', state: { status: 'ready' } } });
    expect(bg.tabState(7)?.messages).toMatchObject([{ key: 'k1', sha256: 'h14-83', bytes: 14, exact: true }]);
    expect(badges).toEqual([[7, 'danger']]);
  });
  it('stays silent (undefined, synchronously) on messages that are not webmail requests', () => {
    const { bg } = setup(() => 'ok');
    expect(bg.handle({ type: 'settings-get' }, 1)).toBeUndefined();
    expect(bg.handle('hello', 1)).toBeUndefined();
  });
  it('rejects malformed requests with an error reply', async () => {
    const { bg } = setup(() => 'ok');
    expect(await bg.handle({ ...analyze('k', 'x'), site: 'hotmail' }, 1)).toMatchObject({ ok: false });
    expect(await bg.handle({ ...analyze('k', ''), raw: '' }, 1)).toMatchObject({ ok: false });
    expect(await bg.handle({ ...analyze('k', 'x'), visible: Array(51).fill('k') }, 1)).toMatchObject({ ok: false });
  });
  it('keeps only what is on screen; the badge is the worst verdict shown', async () => {
    const { bg, badges } = setup((raw) => (raw.includes('bad') ? 'danger' : 'ok'));
    await bg.handle(analyze('a', 'A: bad', ['a', 'b']), 3);
    await bg.handle(analyze('b', 'B: fine', ['a', 'b']), 3);
    expect(badges.at(-1)).toEqual([3, 'danger']);
    await bg.handle(analyze('c', 'C: fine'), 3);
    expect(bg.tabState(3)?.messages.map((m) => m.key)).toEqual(['c']);
    expect(badges.at(-1)).toEqual([3, 'ok']);
  });
  it('shares one analysis between identical bytes and turns a crash into "failed"', async () => {
    const s = setup((raw) => (raw.includes('crash') ? new Error('boom') : 'caution'));
    await s.bg.handle(analyze('a', 'X: same'), 1);
    await s.bg.handle(analyze('b', 'X: same'), 2);
    expect(s.analyses()).toBe(1);
    const r = await s.bg.handle(analyze('c', 'X-crash: yes'), 1);
    expect(r).toMatchObject({ ok: true, value: { state: { status: 'failed', reason: 'boom' } } });
    expect(s.badges.at(-1)).toEqual([1, 'failed']);
  });
  it('records fetch failures and "unavailable" sites', async () => {
    const { bg, badges } = setup(() => 'ok');
    await bg.handle({ type: 'webmail-fetch-failed', site: 'gmail', key: 'g', reason: 'HTTP 403', visible: ['g'] }, 4);
    expect(popupStateFor(bg.tabState(4))).toEqual({ status: 'failed', reason: 'HTTP 403' });
    await bg.handle({ type: 'webmail-unavailable', site: 'outlook' }, 5);
    expect(badges.at(-1)).toEqual([5, 'unavailable']);
    expect(popupStateFor(bg.tabState(5))).toBeNull();
    bg.forgetTab(4);
    expect(bg.tabState(4)).toBeNull();
  });
});

describe('badgeFor / popupStateFor', () => {
  const msg = (key: string, v: Verdict) => ({
    key,
    site: 'gmail' as const,
    state: { status: 'ready' as const, report: report(v) },
    sha256: '',
    bytes: 1,
    exact: true,
  });
  it('danger beats caution beats failed beats ok/unknown', () => {
    expect(badgeFor({ messages: [msg('a', 'ok'), msg('b', 'caution')], unavailable: null })).toBe('caution');
    expect(badgeFor({ messages: [msg('a', 'unknown'), msg('b', 'ok')], unavailable: null })).toBe('unknown');
    expect(badgeFor({ messages: [], unavailable: null })).toBeNull();
    expect(badgeFor(undefined)).toBeNull();
    const tab = { messages: [msg('a', 'ok'), msg('b', 'danger'), msg('c', 'caution')], unavailable: null };
    expect(popupStateFor(tab)).toMatchObject({ report: { verdict: 'danger' } });
  });
});

describe('parseWebmailRequest', () => {
  it('bounds every field', () => {
    expect(parseWebmailRequest({ type: 'webmail-open-report', key: 'x'.repeat(2049) })).toBe('malformed webmail-open-report');
    expect(
      parseWebmailRequest({ type: 'webmail-fetch-failed', site: 'gmail', key: 'k', reason: 'r'.repeat(5000), visible: [] }),
    ).toMatchObject({ reason: 'r'.repeat(500) });
    expect(parseWebmailRequest({ type: 'webmail-unavailable', site: 'yahoo' })).toBe('malformed webmail-unavailable');
    expect(parseWebmailRequest(null)).toBeNull();
  });
});
