import { startThunderbirdBackground } from '../../../../src/platform/thunderbird/background.js';
import type { MessengerApi, DisplayedMessages } from '../../../../src/platform/thunderbird/messenger-api.js';
import { makeReport } from '../../ui/fixtures.js';

/** A fake messenger API recording badge calls; one message (id 7) displayed in tab 3. */
function fakeApi(version = '153.8.0') {
  const listeners: {
    displayed?: (tab: { id?: number }, d: DisplayedMessages) => void;
    message?: (m: unknown, s: { tab?: { id?: number } }) => Promise<unknown> | undefined;
  } = {};
  const badges: string[] = [];
  const registered: string[] = [];
  const store: Record<string, unknown> = {};
  const api: MessengerApi = {
    messages: { getRaw: async (id) => new Blob([`Subject: ${id}\r\n\r\nbody`]) },
    messageDisplay: {
      getDisplayedMessages: async (tabId) => ({ messages: tabId === 3 ? [{ id: 7 }] : [] }),
      onMessagesDisplayed: { addListener: (cb) => void (listeners.displayed = cb) },
    },
    messageDisplayAction: {
      setBadgeText: async ({ text }) => void badges.push(text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    accounts: { list: async () => [{ identities: [{ email: 'me@Example.JP' }, { email: 'bad' }] }] },
    runtime: {
      onMessage: { addListener: (cb) => void (listeners.message = cb) },
      getBrowserInfo: async () => ({ version }),
      getURL: (p) => `moz-extension://x/${p}`,
    },
    storage: { local: { get: async (k) => ({ [k]: store[k] }), set: async (o) => void Object.assign(store, o) } },
    i18n: { getUILanguage: () => 'ja' },
    scripting: {
      messageDisplay: {
        registerScripts: async (s) => void registered.push(...s.map((x) => x.js.join())),
        getRegisteredScripts: async () => [],
      },
    },
  };
  return { api, listeners, badges, registered };
}

const quiet = { info: () => undefined, error: () => undefined };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Thunderbird background', () => {
  it('analyzes a displayed message once, sets the badge, and answers the display script from cache', async () => {
    const f = fakeApi();
    let runs = 0;
    const bg = startThunderbirdBackground({
      api: f.api,
      log: quiet,
      analyze: async (raw) => (runs++, makeReport({ warnings: [new TextDecoder().decode(raw).split('\r\n')[0]!] })),
    });
    f.listeners.displayed!({ id: 3 }, { messages: [{ id: 7 }] });
    const reply = (await f.listeners.message!({ type: 'report-for-sender-tab' }, { tab: { id: 3 } })) as {
      ok: true;
      value: { state: { status: string; report?: { warnings: string[] } }; lang: string };
    };
    await flush();
    expect(reply.ok).toBe(true);
    expect(reply.value.state.status).toBe('ready');
    expect(reply.value.state.report?.warnings).toEqual(['Subject: 7']);
    expect(reply.value.lang).toBe('ja');
    expect(runs).toBe(1);
    expect(f.badges).toEqual(['…', '!']);
    await bg.ready;
    expect(f.registered).toEqual([]);
  });
  it('reports "none" for a tab without exactly one message and ignores foreign messages', async () => {
    const f = fakeApi();
    startThunderbirdBackground({ api: f.api, log: quiet, analyze: async () => makeReport() });
    expect(await f.listeners.message!({ type: 'report-for-tab', tabId: 9 }, {})).toMatchObject({
      ok: true,
      value: { state: { status: 'none' } },
    });
    expect(f.listeners.message!({ type: 'not-ours' }, {})).toBeUndefined();
  });
  it('turns an analysis crash into "could not check", logs it, and shows the failed badge', async () => {
    const f = fakeApi();
    const logged: unknown[] = [];
    startThunderbirdBackground({
      api: f.api,
      log: { info: () => undefined, error: (...a) => void logged.push(a) },
      analyze: async () => {
        throw new Error('kaboom');
      },
    });
    f.listeners.displayed!({ id: 3 }, [{ id: 7 }]);
    const reply = await f.listeners.message!({ type: 'report-for-sender-tab' }, { tab: { id: 3 } });
    await flush();
    expect(reply).toMatchObject({ ok: true, value: { state: { status: 'failed', reason: 'kaboom' } } });
    expect(logged.length).toBeGreaterThan(0);
    expect(f.badges.at(-1)).toBe('×');
  });
  it('saves settings, suggests identity domains, and re-analyzes after a change', async () => {
    const f = fakeApi();
    let runs = 0;
    startThunderbirdBackground({ api: f.api, log: quiet, analyze: async (_raw, s) => (runs++, makeReport({ warnings: s.ownDomains })) });
    expect(await f.listeners.message!({ type: 'settings-get' }, {})).toMatchObject({
      ok: true,
      value: { suggestedOwnDomains: ['example.jp'] },
    });
    await f.listeners.message!({ type: 'report-for-tab', tabId: 3 }, {});
    await f.listeners.message!({ type: 'settings-save', settings: { ownDomains: ['corp.example'] } }, {});
    const again = await f.listeners.message!({ type: 'report-for-tab', tabId: 3 }, {});
    expect(again).toMatchObject({ ok: true, value: { state: { report: { warnings: ['corp.example'] } } } });
    expect(runs).toBe(2);
  });
  it('"Report phishing" forwards the displayed message as an attachment to the report address, never sends', async () => {
    const f = fakeApi();
    const calls: unknown[][] = [];
    f.api.compose = { beginForward: async (...a) => (calls.push(a), { id: 42 }) };
    startThunderbirdBackground({ api: f.api, log: quiet, analyze: async () => makeReport() });
    await f.listeners.message!({ type: 'settings-save', settings: { reportAddress: 'soc@corp.example' } }, {});
    const reply = await f.listeners.message!({ type: 'report-phishing' }, { tab: { id: 3 } });
    expect(reply).toEqual({ ok: true, value: { composeTabId: 42, address: 'soc@corp.example' } });
    expect(calls).toHaveLength(1);
    const [id, kind, details] = calls[0] as [
      number,
      string,
      { to: string[]; subject: string; isPlainText: boolean; plainTextBody: string },
    ];
    expect([id, kind]).toEqual([7, 'forwardAsAttachment']);
    expect(details.to).toEqual(['soc@corp.example']);
    expect(details.isPlainText).toBe(true);
    expect(details.subject).toBe('フィッシングの報告: Your password');
    expect(details.plainTextBody).toContain('support@brand.example');
    expect(await f.listeners.message!({ type: 'report-phishing', tabId: 9 }, {})).toMatchObject({
      ok: false,
      error: 'no single message is displayed',
    });
    const noAddress = fakeApi();
    noAddress.api.compose = { beginForward: async (...a) => (calls.push(a), undefined) };
    startThunderbirdBackground({ api: noAddress.api, log: quiet, analyze: async () => makeReport() });
    expect(await noAddress.listeners.message!({ type: 'report-phishing', tabId: 3 }, {})).toEqual({
      ok: true,
      value: { composeTabId: null, address: '' },
    });
    expect((calls[1]![2] as { to?: string[] }).to).toBeUndefined();
  });
  it('registers the display script from code before Thunderbird 151 only', async () => {
    const f = fakeApi('128.5.0esr');
    const bg = startThunderbirdBackground({ api: f.api, log: quiet, analyze: async () => makeReport() });
    await bg.ready;
    expect(f.registered).toEqual(['thunderbird-display.js']);
  });
});
