/**
 * SPF and DMARC on the two sample messages' envelope facts, with the samples' DNS fixture (zone.json).
 * The message parsing itself is tested elsewhere; here the inputs are the facts README.md documents.
 */
import { readFileSync } from 'node:fs';
import { spfForMessage, spfFindings } from '../../src/core/auth/spf/index.js';
import { evaluateDmarc, dmarcFindings } from '../../src/core/auth/dmarc/index.js';
import type { DkimOutcome } from '../../src/core/model/auth.js';
import { t } from '../../src/core/i18n/index.js';
import { zoneFromJson } from '../conformance/helpers/yaml-zone.js';
import { SHARED } from '../helpers/shared.js';

const zone = zoneFromJson(JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as Record<string, unknown>);

describe('kagoya-phish', () => {
  it('SPF fails for kagoya.net from 52.140.204.1 and DMARC fails (no DKIM)', async () => {
    const spf = await spfForMessage({ ip: '52.140.204.1', mailFrom: '<support@kagoya.net>', helo: '[127.0.0.1]' }, { resolver: zone });
    expect(spf).toMatchObject({ result: 'fail', domain: 'kagoya.net', scope: 'mfrom', mechanism: '-all', lookups: 0 });
    const dmarc = await evaluateDmarc({ fromDomain: 'kagoya.net', spf, dkim: [] }, { resolver: zone });
    expect(dmarc).toMatchObject({
      result: 'fail',
      policyDomain: 'kagoya.net',
      policy: 'quarantine',
      appliedPolicy: 'quarantine',
      spfAligned: false,
      dkimAligned: false,
    });
    const f = [...spfFindings(spf), ...dmarcFindings(dmarc)];
    expect(f.map((x) => [x.id, x.severity])).toEqual([
      ['spf-fail', 'high'],
      ['dmarc-fail', 'high'],
    ]);
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toBe(
      'The domain kagoya.net does not allow the server 52.140.204.1 to send its mail (SPF fail).',
    );
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toBe(
      'kagoya.net のドメインは、送信元サーバー 52.140.204.1 からのメール送信を許可していません（SPF fail）。',
    );
  });
});

describe('kagoya-legit', () => {
  const dkim: DkimOutcome = {
    result: 'pass',
    domain: 'kagoya.jp',
    selector: 'fixture2023',
    algorithm: 'rsa-sha256',
    identity: null,
    weaknesses: [],
    reason: 'verified',
    keyBits: 2048,
  };
  it('SPF passes via include:kagoya.net and DMARC passes with relaxed alignment on kagoya.jp', async () => {
    const spf = await spfForMessage(
      { ip: '203.142.206.14', mailFrom: 'bounce-4821@mail.kagoya.jp', helo: 'mas14.kagoya.net' },
      { resolver: zone },
    );
    expect(spf).toMatchObject({ result: 'pass', domain: 'mail.kagoya.jp', mechanism: 'include:kagoya.net', lookups: 1, voidLookups: 0 });
    const dmarc = await evaluateDmarc({ fromDomain: 'kagoya.jp', spf, dkim: [dkim] }, { resolver: zone });
    expect(dmarc).toMatchObject({ result: 'pass', policyDomain: 'kagoya.jp', policy: 'reject', spfAligned: true, dkimAligned: true });
    // SPF alone (mail.kagoya.jp) is relaxed-aligned with kagoya.jp through the tree walk.
    const spfOnly = await evaluateDmarc({ fromDomain: 'kagoya.jp', spf, dkim: [] }, { resolver: zone });
    expect(spfOnly).toMatchObject({ result: 'pass', spfAligned: true, dkimAligned: false });
    expect([...spfFindings(spf), ...dmarcFindings(dmarc)].map((x) => [x.id, x.severity, x.score])).toEqual([
      ['spf-pass', 'info', 0],
      ['dmarc-pass', 'info', 0],
    ]);
  });
});
