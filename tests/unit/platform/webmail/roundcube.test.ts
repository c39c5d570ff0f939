import {
  fetchRoundcubeRaw,
  isRoundcubePage,
  roundcubeBannerPlacement,
  roundcubeMessageRef,
  roundcubeRequestToken,
  roundcubeViewSourceUrl,
} from '../../../../src/platform/webmail/roundcube.js';
import { fakeDocument, fakeFetch, fakeLocation, h } from './fake-dom.js';

const BASE = 'https://mail.example.test/webmail/';
const bootstrap = (token: string): string =>
  `var rcmail = new rcube_webmail();\nrcmail.set_env({"task":"mail","action":"preview","request_token":"${token}","uid":"7"});`;

describe('roundcubeMessageRef', () => {
  it('reads uid and mailbox of the preview frame and full view, keeping the sub-path', () => {
    const ref = roundcubeMessageRef(fakeLocation(`${BASE}?_task=mail&_caps=pdf%3D1&_uid=7&_mbox=INBOX.Sent&_framed=1&_action=preview`));
    expect(ref).toEqual({ base: BASE, uid: '7', mbox: 'INBOX.Sent', action: 'preview', key: `roundcube|${BASE}|INBOX.Sent|7` });
    expect(roundcubeMessageRef(fakeLocation(`${BASE}?_task=mail&_action=show&_uid=12&_mbox=INBOX`))?.action).toBe('show');
  });
  it('ignores the list, compose, other tasks and malformed UIDs', () => {
    for (const q of [
      '?_task=mail&_mbox=INBOX',
      '?_task=mail&_action=compose&_uid=1',
      '?_task=addressbook&_action=show&_uid=1',
      '?_task=mail&_action=show&_uid=0',
      '?_task=mail&_action=show&_uid=1e3',
      '?_task=mail&_action=show&_uid=99999999999',
      '?_task=mail&_action=show&_uid=4294967296',
      '?_task=mail&_action=show',
    ]) {
      expect(roundcubeMessageRef(fakeLocation(BASE + q))).toBeNull();
    }
  });
  it('defaults the mailbox to INBOX and bounds its length', () => {
    expect(roundcubeMessageRef(fakeLocation(`${BASE}?_task=mail&_action=show&_uid=3`))?.mbox).toBe('INBOX');
    expect(roundcubeMessageRef(fakeLocation(`${BASE}?_task=mail&_action=show&_uid=3&_mbox=${'a'.repeat(1001)}`))).toBeNull();
  });
});

describe('Roundcube page reading', () => {
  it('finds the request token in the inline bootstrap script, not in external scripts', () => {
    const doc = fakeDocument(
      h('script', { src: 'x.js' }, '"request_token":"EXTERNALxxxxxxxx"'),
      h('script', {}, bootstrap('AbC123xyzAbC123xyzAbC123xyzAbC12')),
    );
    expect(isRoundcubePage(doc)).toBe(true);
    expect(roundcubeRequestToken(doc)).toBe('AbC123xyzAbC123xyzAbC123xyzAbC12');
  });
  it('is not Roundcube without the bootstrap; rejects oddly shaped tokens', () => {
    expect(isRoundcubePage(fakeDocument(h('script', {}, 'var x = 1;')))).toBe(false);
    expect(roundcubeRequestToken(fakeDocument(h('script', {}, bootstrap('a"b'))))).toBeNull();
    expect(roundcubeRequestToken(fakeDocument(h('script', {}, bootstrap('short'))))).toBeNull();
  });
  it('places the banner before the elastic header, the larry header, else the body', () => {
    const elastic = fakeDocument(h('div#message-header'), h('div#messagebody'));
    expect(roundcubeBannerPlacement(elastic)).toMatchObject({ position: 'before', anchor: { attrs: { id: 'message-header' } } });
    expect(roundcubeBannerPlacement(fakeDocument(h('div#messageheader')))).toMatchObject({ anchor: { attrs: { id: 'messageheader' } } });
    expect(roundcubeBannerPlacement(fakeDocument(h('div#messagebody')))).toMatchObject({ anchor: { attrs: { id: 'messagebody' } } });
    expect(roundcubeBannerPlacement(fakeDocument(h('div#other')))).toBeNull();
  });
});

describe('fetchRoundcubeRaw', () => {
  const ref = roundcubeMessageRef(fakeLocation(`${BASE}?_task=mail&_action=preview&_uid=7&_mbox=INBOX`))!;
  it('asks viewsource with _save=1 and the token on the same sub-path', async () => {
    const url = roundcubeViewSourceUrl(ref, 'TOKENtoken123456');
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe(BASE);
    expect(Object.fromEntries(u.searchParams)).toEqual({
      _task: 'mail',
      _action: 'viewsource',
      _uid: '7',
      _mbox: 'INBOX',
      _save: '1',
      _token: 'TOKENtoken123456',
    });
    const f = fakeFetch(() => new Response('Subject: x\r\n\r\n', { headers: { 'content-type': 'text/plain;charset=UTF-8' } }));
    const r = await fetchRoundcubeRaw(f.fetch, ref, fakeDocument(h('script', {}, bootstrap('TOKENtoken123456'))));
    expect(r.ok).toBe(true);
    expect(f.urls).toEqual([url]);
  });
  it('does not fetch without a token', async () => {
    const f = fakeFetch(() => new Response(''));
    expect(await fetchRoundcubeRaw(f.fetch, ref, fakeDocument())).toMatchObject({ ok: false, reason: expect.stringContaining('token') });
    expect(f.urls).toEqual([]);
  });
});
