import fc from 'fast-check';
import type { DnsResult, Resolver, RRType } from '../../dns/types.js';
import { zoneFromJson } from '../../../../tests/conformance/helpers/yaml-zone.js';
import { checkHost, spfForMessage, spfFindings, parseSpfRecord } from './index.js';
import { expandMacro, type MacroContext } from './macro.js';
import { ipDotted, ipText, parseIp } from './ip.js';

function macroCtx(ip: string): MacroContext {
  const p = parseIp(ip)!;
  return {
    sender: 'strong-bad@email.example.com',
    local: 'strong-bad',
    senderDomain: 'email.example.com',
    domain: 'email.example.com',
    ipDotted: ipDotted(p),
    ipText: ipText(p),
    ipVersion: p.family === 4 ? 'in-addr' : 'ip6',
    helo: 'mx.example.org',
    receiver: 'rx.example.net',
    timestamp: 1234,
    validatedName: async () => 'unknown',
  };
}

describe('macro expansion (RFC 7208 7.4 examples)', () => {
  const v4: [string, string][] = [
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
    ['%{S}', 'strong-bad%40email.example.com'],
    ['a%%b%_c%-d', 'a%b c%20d'],
  ];
  for (const [spec, want] of v4) {
    it(`${spec} -> ${want}`, async () => expect(await expandMacro(spec, macroCtx('192.0.2.3'), false)).toEqual({ ok: true, value: want }));
  }
  it('IPv6 nibbles', async () => {
    expect(await expandMacro('%{ir}.%{v}._spf.%{d2}', macroCtx('2001:db8::cb01'), false)).toEqual({
      ok: true,
      value: '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    });
  });
  it('rejects bad macros and exp-only letters outside exp', async () => {
    for (const bad of ['%{d0}', '%{x}', '%', '%a', '%{c}', '%{r}', '%{t}']) {
      expect((await expandMacro(bad, macroCtx('192.0.2.3'), false)).ok, bad).toBe(false);
    }
    expect(await expandMacro('%{c} at %{t} by %{r}', macroCtx('2001:db8::cb01'), true)).toEqual({
      ok: true,
      value: '2001:db8::cb01 at 1234 by rx.example.net',
    });
  });
});

describe('record parser', () => {
  it('builds a typed AST', () => {
    const r = parseSpfRecord('v=spf1 ip4:192.0.2.0/24 a:mail.example.com/28//64 -mx ~all exp=explain.%{d} redirect=_spf.example.com');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.mechanisms.map((m) => [m.kind, m.qualifier])).toEqual([
      ['ip4', '+'],
      ['a', '+'],
      ['mx', '-'],
      ['all', '~'],
    ]);
    expect(r.record.mechanisms[1]).toMatchObject({ domain: 'mail.example.com', cidr4: 28, cidr6: 64 });
    expect(r.record).toMatchObject({ exp: 'explain.%{d}', redirect: '_spf.example.com' });
  });
  it('reports syntax errors', () => {
    for (const bad of [
      'v=spf1 ip4:192.0.2.0/33',
      'v=spf1 a:foo.123',
      'v=spf1 foo',
      'v=spf1 redirect=a.com redirect=b.com',
      'v=spf1 exp=',
      'v=spf1 include',
    ]) {
      expect(parseSpfRecord(bad).ok, bad).toBe(false);
    }
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseSpfRecord(`v=spf1 ${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('check_host limits and errors', () => {
  const chain: Record<string, unknown> = {};
  for (let i = 0; i < 12; i++)
    chain[`l${i}.example.com`] = { TXT: [[i === 11 ? 'v=spf1 +all' : `v=spf1 include:l${i + 1}.example.com -all`]] };
  chain['void.example.com'] = { TXT: [['v=spf1 a:n1.example.com a:n2.example.com a:n3.example.com +all']] };
  chain['tmp.example.com'] = { TXT: [['v=spf1 include:down.example.com -all']] };
  chain['down.example.com'] = { TIMEOUT: true };
  const zone = zoneFromJson(chain);
  const run = (domain: string, limits?: { maxLookups?: number; maxVoidLookups?: number }) =>
    checkHost({ ip: '192.0.2.1', domain, sender: `x@${domain}`, helo: 'h.example.com' }, { resolver: zone, ...(limits ? { limits } : {}) });

  it('more than 10 DNS-querying terms is permerror (4.6.4)', async () => {
    expect((await run('l0.example.com')).result).toBe('permerror');
    expect((await run('l0.example.com', { maxLookups: 20 })).result).toBe('pass');
  });
  it('more than 2 void lookups is permerror (4.6.4)', async () => {
    const o = await run('void.example.com');
    expect(o).toMatchObject({ result: 'permerror', voidLookups: 3 });
    expect((await run('void.example.com', { maxVoidLookups: 3 })).result).toBe('pass');
  });
  it('a timeout inside include is temperror (5.2), and its finding is info-level', async () => {
    const o = await run('tmp.example.com');
    expect(o.result).toBe('temperror');
    expect(spfFindings(o).map((f) => [f.id, f.severity])).toEqual([['spf-temperror', 'info']]);
  });
  it('never throws on bad input', async () => {
    const o = await checkHost({ ip: 'not-an-ip', domain: 'example.com', sender: '', helo: '' }, { resolver: zone });
    expect(o.result).toBe('none');
    const throwing: Resolver = {
      query: async (_n: string, _t: RRType): Promise<DnsResult> => {
        throw new Error('boom');
      },
    };
    expect(
      (await checkHost({ ip: '192.0.2.1', domain: 'example.com', sender: 'a@example.com', helo: '' }, { resolver: throwing })).result,
    ).toBe('temperror');
  });
});

describe('spfForMessage identity (RFC 7208 2.3, 2.4)', () => {
  const zone = zoneFromJson({ 'mx.example.org': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] }, 'example.com': { TXT: [['v=spf1 -all']] } });
  it('uses MAIL FROM when present', async () => {
    expect(await spfForMessage({ ip: '192.0.2.9', mailFrom: '<a@example.com>', helo: 'mx.example.org' }, { resolver: zone })).toMatchObject(
      { result: 'fail', scope: 'mfrom', domain: 'example.com' },
    );
  });
  it('uses postmaster@HELO for a null reverse-path', async () => {
    for (const mailFrom of [null, '<>', '']) {
      expect(await spfForMessage({ ip: '192.0.2.9', mailFrom, helo: 'mx.example.org' }, { resolver: zone })).toMatchObject({
        result: 'pass',
        scope: 'helo',
        domain: 'mx.example.org',
      });
    }
  });
  it('an address-literal HELO gives none', async () => {
    expect(await spfForMessage({ ip: '192.0.2.9', mailFrom: null, helo: '[192.0.2.9]' }, { resolver: zone })).toMatchObject({
      result: 'none',
      scope: 'helo',
    });
  });
});
