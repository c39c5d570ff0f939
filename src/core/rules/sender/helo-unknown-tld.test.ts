import type { Origin } from '../../model/hop.js';
import { makeOrigin } from '../test-message.js';
import { t } from '../../i18n/index.js';
import { heloUnknownTldFindings, unknownTldOf } from './helo-unknown-tld.js';

const origin = (helo: string | null, ip: string | null = '45.132.18.165'): Origin =>
  makeOrigin({ ip, helo, hopIndex: 3, receivedBy: 'mx.example.net' });

describe('helo-unknown-tld', () => {
  it('a HELO name under a top-level domain that does not exist: low, with the name and the IP', () => {
    const f = heloUnknownTldFindings(origin('dzkt.miy.qsp'));
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['helo-unknown-tld:low']);
    expect(f[0]!.params).toMatchObject({ helo: 'dzkt.miy.qsp', tld: 'qsp', ip: '45.132.18.165' });
    expect(f[0]!.evidence.map((e) => e.kind)).toEqual(['header', 'ip']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('.qsp');
    expect(unknownTldOf('uncm.indrieclxf.xrc.')).toBe('xrc');
  });
  it('real names, new gTLDs and country codes: nothing', () => {
    for (const h of [
      'mail-oa1-f69.google.com',
      'e8gy.dauerhaftbillig.de',
      'a27-220.smtp-out.us-west-2.amazonses.com',
      'mx.example.co.jp',
      'smtp.shop.online',
      'relay.example.museum',
    ])
      expect(heloUnknownTldFindings(origin(h))).toEqual([]);
  });
  it('legitimate near-misses: private-use names of small networks, IP literals, single labels, no HELO', () => {
    for (const h of [
      'server.domain.local',
      'box.localdomain',
      'nas.lan',
      'pc.home',
      'mail.corp',
      'exch01.internal',
      '[192.0.2.7]',
      '192.0.2.7',
      'localhost',
      'MAILSRV',
    ])
      expect(heloUnknownTldFindings(origin(h))).toEqual([]);
    expect(heloUnknownTldFindings(origin(null))).toEqual([]);
    expect(heloUnknownTldFindings(null)).toEqual([]);
  });
});
