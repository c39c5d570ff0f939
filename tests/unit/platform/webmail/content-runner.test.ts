import { runWebmailContent, type ContentEnv } from '../../../../src/platform/webmail/content-runner.js';
import type { WebmailRequest } from '../../../../src/platform/webmail/protocol.js';
import { fakeDocument, fakeFetch, fakeLocation, h } from './fake-dom.js';

const TOKEN = 'Tok3nTok3nTok3nTok3n';
const RC = `https://webmail.example.test/rc/?_task=mail&_uid=9&_mbox=INBOX&_framed=1&_action=preview`;

function env(href: string, doc: ReturnType<typeof fakeDocument>, route: (u: string) => Response) {
  const sent: WebmailRequest[] = [];
  const mounted: string[] = [];
  const f = fakeFetch(route);
  const e: ContentEnv = {
    location: fakeLocation(href),
    document: doc,
    fetch: f.fetch,
    send: async (req) => {
      sent.push(req);
      return { ok: true, value: { state: { status: 'ready', report: { verdict: 'danger' } }, lang: 'en', sha256: 'x' } };
    },
    mount: (p, _s, _l, key) => mounted.push(`${key} ${p.position} ${p.anchor.getAttribute('id')}`),
    observe: () => () => undefined,
    nonce: () => 'n',
  };
  return { e, sent, mounted, urls: f.urls };
}

describe('runWebmailContent', () => {
  it('Roundcube preview frame: fetches viewsource, sends the bytes, mounts before the header', async () => {
    const doc = fakeDocument(
      h('script', {}, `rcmail.set_env({"request_token":"${TOKEN}"});`),
      h('div#message-header'),
      h('div#messagebody'),
    );
    const t = env(RC, doc, () => new Response('Subject: hi\r\n\r\nx', { headers: { 'content-type': 'text/plain' } }));
    expect((await runWebmailContent(t.e)).outcome).toBe('roundcube');
    expect(t.urls).toEqual([`https://webmail.example.test/rc/?_task=mail&_action=viewsource&_uid=9&_mbox=INBOX&_save=1&_token=${TOKEN}`]);
    expect(t.sent).toMatchObject([
      {
        type: 'webmail-analyze',
        site: 'roundcube',
        raw: 'Subject: hi\r\n\r\nx',
        exact: true,
        visible: ['roundcube|https://webmail.example.test/rc/|INBOX|9'],
      },
    ]);
    expect(t.mounted).toEqual(['roundcube|https://webmail.example.test/rc/|INBOX|9 before message-header']);
  });
  it('reports a failed fetch instead of mounting', async () => {
    const doc = fakeDocument(h('script', {}, `rcmail.set_env({"request_token":"${TOKEN}"});`), h('div#message-header'));
    const t = env(RC, doc, () => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    await runWebmailContent(t.e);
    expect(t.sent).toMatchObject([{ type: 'webmail-fetch-failed', site: 'roundcube' }]);
    expect(t.mounted).toEqual([]);
  });
  it('does nothing on a Roundcube list page or a non-webmail page', async () => {
    const doc = fakeDocument(h('script', {}, 'rcmail.set_env({});'));
    const list = env('https://webmail.example.test/rc/?_task=mail&_mbox=INBOX', doc, () => new Response(''));
    expect((await runWebmailContent(list.e)).outcome).toBe('not-webmail');
    const other = env(RC, fakeDocument(h('script', {}, 'var x;')), () => new Response(''));
    expect((await runWebmailContent(other.e)).outcome).toBe('not-webmail');
    expect([...list.urls, ...other.urls, ...list.sent, ...other.sent]).toEqual([]);
  });
  it('tells the background that Outlook on the web is unavailable', async () => {
    const t = env('https://outlook.office.com/mail/inbox', fakeDocument(), () => new Response(''));
    expect((await runWebmailContent(t.e)).outcome).toBe('unavailable');
    expect(t.sent).toEqual([{ type: 'webmail-unavailable', site: 'outlook' }]);
  });
});
