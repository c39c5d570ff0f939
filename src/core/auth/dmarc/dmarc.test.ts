import type { DkimOutcome, SpfOutcome } from '../../model/auth.js';
import { zoneFromJson } from '../../../../tests/conformance/helpers/yaml-zone.js';
import { dmarcFindings, evaluateDmarc, parseDmarcRecord, walkNames } from './index.js';

const spf = (domain: string, result: SpfOutcome['result'] = 'pass'): SpfOutcome => ({
  result,
  domain,
  scope: 'mfrom',
  ip: '192.0.2.1',
  mechanism: null,
  explanation: null,
  reason: '',
  lookups: 0,
  voidLookups: 0,
});
const dkim = (domain: string): DkimOutcome => ({
  result: 'pass',
  domain,
  selector: 's',
  algorithm: 'rsa-sha256',
  identity: null,
  weaknesses: [],
  reason: '',
  keyBits: 2048,
});

describe('record parser', () => {
  it('reads tags, ignores unknown ones and pct', () => {
    const r = parseDmarcRecord(
      'v=DMARC1; p=Quarantine; sp=none; np=reject; psd=n; t=y; adkim=S; aspf=r; pct=10; rua=mailto:a@example.com, mailto:b@example.com; fo=1; zz=top',
    );
    expect(r).toMatchObject({
      ok: true,
      record: {
        p: 'quarantine',
        sp: 'none',
        np: 'reject',
        psd: 'n',
        testing: true,
        adkim: 's',
        aspf: 'r',
        rua: ['mailto:a@example.com', 'mailto:b@example.com'],
        fo: '1',
      },
    });
    expect(r.ok && 'pct' in r.record).toBe(false);
  });
  it('handles a missing or invalid p (RFC 9989): p=none with a valid rua, else unusable', () => {
    expect(parseDmarcRecord('v=DMARC1; p=bogus; rua=mailto:a@example.com')).toMatchObject({ ok: true, record: { p: 'none' } });
    expect(parseDmarcRecord('v=DMARC1; p=bogus').ok).toBe(false);
    expect(parseDmarcRecord('v=DMARC2; p=reject').ok).toBe(false);
  });
});

describe('tree walk', () => {
  it('visits at most 8 names, jumping to 7 labels (RFC 9989 4.10)', () => {
    expect(walkNames('a.b.c.d.e.f.g.h.i.example.com')).toEqual([
      'a.b.c.d.e.f.g.h.i.example.com',
      'e.f.g.h.i.example.com',
      'f.g.h.i.example.com',
      'g.h.i.example.com',
      'h.i.example.com',
      'i.example.com',
      'example.com',
      'com',
    ]);
    expect(walkNames('example.com')).toEqual(['example.com', 'com']);
  });
});

describe('evaluateDmarc', () => {
  const zone = zoneFromJson({
    '_dmarc.example.com': { TXT: [['v=DMARC1; p=reject; sp=quarantine; np=reject']] },
    'sub.example.com': { A: ['192.0.2.5'] },
    '_dmarc.test.example': { TXT: [['v=DMARC1; p=reject; t=y']] },
    '_dmarc.down.example': { TXT: 'TIMEOUT' },
    '_dmarc.org.example': { TXT: [['v=DMARC1; p=reject']] },
    '_dmarc.flaky.example': { TXT: 'TIMEOUT' },
  });
  it('applies sp to an existing subdomain and np to a non-existent one', async () => {
    expect(await evaluateDmarc({ fromDomain: 'sub.example.com', spf: null, dkim: [] }, { resolver: zone })).toMatchObject({
      result: 'fail',
      policyDomain: 'example.com',
      policy: 'reject',
      appliedPolicy: 'quarantine',
    });
    expect(await evaluateDmarc({ fromDomain: 'gone.example.com', spf: null, dkim: [] }, { resolver: zone })).toMatchObject({
      result: 'fail',
      appliedPolicy: 'reject',
    });
  });
  it('relaxed alignment through the Organizational Domain; strict needs identical names', async () => {
    expect(
      await evaluateDmarc({ fromDomain: 'example.com', spf: spf('bounce.mail.example.com'), dkim: [] }, { resolver: zone }),
    ).toMatchObject({ result: 'pass', spfAligned: true, alignment: { spf: 'r', dkim: 'r' } });
    expect(
      await evaluateDmarc({ fromDomain: 'example.com', spf: spf('example.net'), dkim: [dkim('example.org')] }, { resolver: zone }),
    ).toMatchObject({ result: 'fail' });
    expect(
      await evaluateDmarc({ fromDomain: 'example.com', spf: spf('example.com', 'softfail'), dkim: [] }, { resolver: zone }),
    ).toMatchObject({ result: 'fail', spfAligned: false });
  });
  it('t=y downgrades the applied policy one step and marks testing', async () => {
    expect(await evaluateDmarc({ fromDomain: 'test.example', spf: null, dkim: [] }, { resolver: zone })).toMatchObject({
      result: 'fail',
      policy: 'reject',
      appliedPolicy: 'quarantine',
      testing: true,
    });
  });
  it('a DNS timeout is temperror, never none or pass', async () => {
    const o = await evaluateDmarc({ fromDomain: 'down.example', spf: spf('down.example'), dkim: [] }, { resolver: zone });
    expect(o.result).toBe('temperror');
    expect(dmarcFindings(o).map((f) => [f.id, f.severity])).toEqual([['dmarc-temperror', 'info']]);
  });
  it('alignment that cannot be decided because of a timeout is temperror, not fail', async () => {
    const o = await evaluateDmarc({ fromDomain: 'org.example', spf: null, dkim: [dkim('x.flaky.example')] }, { resolver: zone });
    expect(o.result).toBe('temperror');
    const o2 = await evaluateDmarc({ fromDomain: 'org.example', spf: null, dkim: [dkim('a.org.example')] }, { resolver: zone });
    expect(o2.result).toBe('pass');
  });
  it('bad From domain gives permerror without throwing', async () => {
    expect((await evaluateDmarc({ fromDomain: 'not a domain', spf: null, dkim: [] }, { resolver: zone })).result).toBe('permerror');
  });
  it('severity: fail is high for quarantine/reject, medium for p=none', () => {
    const base = {
      result: 'fail',
      fromDomain: 'a.example',
      policyDomain: 'a.example',
      policy: 'none',
      appliedPolicy: 'none',
      spfAligned: false,
      dkimAligned: false,
      alignment: null,
      testing: false,
      reason: '',
    } as const;
    expect(dmarcFindings(base)[0]).toMatchObject({ id: 'dmarc-fail', severity: 'medium', params: { domain: 'a.example', policy: 'none' } });
    expect(dmarcFindings({ ...base, appliedPolicy: 'reject' })[0]).toMatchObject({ severity: 'high' });
  });
});
