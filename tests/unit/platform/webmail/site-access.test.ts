import {
  activateSite,
  isSiteActive,
  requestSiteAccess,
  revokeSiteAccess,
  siteAccessFor,
  type SiteAccessApi,
} from '../../../../src/platform/webmail/site-access.js';
import { checksUnavailable, webmailKindOfUrl } from '../../../../src/platform/webmail/site-kind.js';

function fakeApi(grant: boolean) {
  const granted = new Set<string>();
  const scripts = new Map<string, unknown>();
  const calls: string[] = [];
  const api: SiteAccessApi = {
    permissions: {
      request: (p) => {
        calls.push(`request ${p.origins.join()}`);
        if (grant) p.origins.forEach((o) => granted.add(o));
        return Promise.resolve(grant);
      },
      contains: async (p) => p.origins.every((o) => granted.has(o)),
      remove: async (p) => {
        p.origins.forEach((o) => granted.delete(o));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async (f) => [...scripts.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
      registerContentScripts: async (s) => {
        for (const x of s) {
          if (scripts.has(x.id)) throw new Error('duplicate id');
          scripts.set(x.id, x);
          calls.push(`register ${x.matches.join()}`);
        }
      },
      unregisterContentScripts: async (f) => {
        f?.ids?.forEach((id) => scripts.delete(id));
      },
      executeScript: async (i) => {
        calls.push(`inject ${i.target.tabId} ${i.files.join()}`);
      },
    },
  };
  return { api, calls, scripts };
}

describe('siteAccessFor', () => {
  it('grants the host and registers the sub-path', () => {
    expect(siteAccessFor('http://127.0.0.1:8080/webmail/?_task=mail&_mbox=INBOX')).toEqual({
      origin: 'http://127.0.0.1/*',
      match: 'http://127.0.0.1/webmail/*',
      scriptId: 'sl-webmail-http-127.0.0.1_webmail_',
    });
    expect(siteAccessFor('https://mail.google.com/mail/u/0/#inbox')?.match).toBe('https://mail.google.com/mail/*');
    expect(siteAccessFor('https://webmail.example.jp/?_task=mail')?.match).toBe('https://webmail.example.jp/*');
  });
  it('refuses non-web URLs and credentials; odd paths fall back to the whole host', () => {
    for (const u of ['chrome://extensions/', 'file:///etc/passwd', 'about:blank', 'https://u:p@x.test/', 'not a url'])
      expect(siteAccessFor(u)).toBeNull();
    expect(siteAccessFor('https://x.test/we b*/a')?.match).toBe('https://x.test/*');
  });
});

describe('requestSiteAccess', () => {
  it('asks the permission first (inside the gesture), then registers and injects', async () => {
    const { api, calls } = fakeApi(true);
    const p = requestSiteAccess(api, 'https://webmail.example.jp/rc/?_task=mail', 5);
    expect(calls).toEqual(['request https://webmail.example.jp/*']);
    expect(await p).toMatchObject({ ok: true });
    expect(calls.slice(1)).toEqual(['register https://webmail.example.jp/rc/*', 'inject 5 webmail-content.js']);
    expect(await isSiteActive(api, 'https://webmail.example.jp/rc/?_task=mail')).toBe(true);
  });
  it('does nothing more when the user declines', async () => {
    const { api, calls } = fakeApi(false);
    expect(await requestSiteAccess(api, 'https://webmail.example.jp/', null)).toEqual({ ok: false, reason: 'permission not granted' });
    expect(calls).toHaveLength(1);
  });
  it('activation is idempotent and revocation undoes it', async () => {
    const { api, scripts } = fakeApi(true);
    const access = siteAccessFor('https://webmail.example.jp/')!;
    await requestSiteAccess(api, 'https://webmail.example.jp/', null);
    expect(await activateSite(api, access, null)).toMatchObject({ ok: true });
    expect(scripts.size).toBe(1);
    expect(await revokeSiteAccess(api, 'https://webmail.example.jp/')).toBe(true);
    expect(scripts.size).toBe(0);
    expect(await isSiteActive(api, 'https://webmail.example.jp/')).toBe(false);
  });
  it('reports API errors instead of throwing', async () => {
    const { api } = fakeApi(true);
    api.scripting.registerContentScripts = () => Promise.reject(new Error('bad pattern'));
    expect(await requestSiteAccess(api, 'https://a.test/', null)).toEqual({ ok: false, reason: 'bad pattern' });
    api.permissions.request = () => {
      throw new Error('not a user gesture');
    };
    expect(await requestSiteAccess(api, 'https://a.test/', null)).toEqual({ ok: false, reason: 'not a user gesture' });
  });
});

describe('webmailKindOfUrl', () => {
  it('names Gmail, Outlook on the web and Active! mail', () => {
    expect(webmailKindOfUrl('https://mail.google.com/mail/u/0/')).toBe('gmail');
    expect(webmailKindOfUrl('https://outlook.office.com/mail/inbox/id/AAQk')).toBe('outlook');
    expect(webmailKindOfUrl('https://outlook.live.com/mail/0/')).toBe('outlook');
    expect(webmailKindOfUrl('https://webmail.example.jp/cgi-bin/am_bin/amlogin')).toBe('activemail');
    expect(webmailKindOfUrl('https://am.example.jp/am_bin/amview?x=1')).toBe('activemail');
    expect(webmailKindOfUrl('https://outlook.office.com.evil.test/')).toBe('unknown');
    expect(webmailKindOfUrl('javascript:alert(1)')).toBe('unknown');
  });
  it('only Outlook and Active! mail are "unavailable"', () => {
    expect(['gmail', 'outlook', 'activemail', 'unknown'].filter((k) => checksUnavailable(k as never))).toEqual(['outlook', 'activemail']);
  });
});
