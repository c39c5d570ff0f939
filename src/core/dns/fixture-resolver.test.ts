import { readFileSync } from 'node:fs';
import { createFixtureResolver } from './fixture-resolver.js';
import { SHARED } from '../../../tests/helpers/shared.js';

const zone = JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as unknown;

describe('fixture resolver', () => {
  const r = createFixtureResolver(zone);
  it('answers A, MX, TXT (joined DKIM key), PTR from the sample zone', async () => {
    expect((await r.query('mas14.kagoya.net', 'A')).records).toMatchObject([{ type: 'A', data: '203.142.206.14' }]);
    expect((await r.query('KAGOYA.NET.', 'MX')).records).toMatchObject([{ type: 'MX', preference: 10, exchange: 'mas14.kagoya.net' }]);
    const dkim = await r.query('fixture2023._domainkey.kagoya.jp', 'TXT');
    const rec = dkim.records[0]!;
    expect(rec.type === 'TXT' && rec.strings.length).toBe(2);
    expect(rec.type === 'TXT' && rec.strings.join('')).toMatch(/^v=DKIM1; k=rsa; p=MIIB.*IDAQAB$/);
    expect((await r.query('14.206.142.203.in-addr.arpa', 'PTR')).records).toMatchObject([{ data: 'mas14.kagoya.net' }]);
  });
  it('distinguishes NXDOMAIN and NODATA with a negative TTL', async () => {
    expect(await r.query('nope.kagoya.net', 'A')).toMatchObject({ status: 'nxdomain', negativeTtl: 300 });
    expect(await r.query('example.jp', 'A')).toMatchObject({ status: 'nodata', records: [] });
  });
  it('TIMEOUT on a name or a single type, after the configured delay', async () => {
    const z = { 'slow.test': { TIMEOUT: true }, 'half.test': { A: ['192.0.2.1'], TXT: 'TIMEOUT' } };
    const fast = createFixtureResolver(z);
    expect((await fast.query('slow.test', 'A')).status).toBe('timeout');
    expect((await fast.query('half.test', 'TXT')).status).toBe('timeout');
    expect((await fast.query('half.test', 'A')).status).toBe('ok');
    const slow = createFixtureResolver(z, { timeoutMs: 30 });
    const t0 = performance.now();
    expect((await slow.query('slow.test', 'MX')).status).toBe('timeout');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
  });
  it('follows CNAME chains and detects loops', async () => {
    const z = {
      'a.test': { CNAME: ['b.test'] },
      'b.test': { CNAME: ['c.test'] },
      'c.test': { A: ['192.0.2.3'] },
      'l1.test': { CNAME: ['l2.test'] },
      'l2.test': { CNAME: ['l1.test'] },
      'd.test': { CNAME: ['gone.test'] },
    };
    const f = createFixtureResolver(z);
    expect(await f.query('a.test', 'A')).toMatchObject({ status: 'ok', cnames: ['b.test', 'c.test'], records: [{ data: '192.0.2.3' }] });
    expect((await f.query('a.test', 'CNAME')).records).toMatchObject([{ data: 'b.test' }]);
    expect((await f.query('l1.test', 'A')).status).toBe('error');
    expect(await f.query('d.test', 'A')).toMatchObject({ status: 'nxdomain', cnames: ['gone.test'] });
  });
  it('invalid zones and names give error results, never throws', async () => {
    for (const bad of [
      null,
      [],
      'x',
      { 'a.test': { A: ['999.1.1.1'] } },
      { 'a.test': { MX: [[1]] } },
      { 'a..b': {} },
      { 'a.test': { FOO: [] } },
    ]) {
      expect((await createFixtureResolver(bad).query('a.test', 'A')).status).toBe('error');
    }
    expect((await r.query(`${'x'.repeat(64)}.test`, 'A')).status).toBe('error');
  });
});
