import type { Origin } from '../../model/hop.js';
import { makeOrigin } from '../test-message.js';
import { heloFindings } from './helo.js';

const origin = (helo: string | null, ip: string | null = '52.140.204.1'): Origin => makeOrigin({ ip, helo });

describe('heloFindings', () => {
  it('kagoya phish origin: HELO [127.0.0.1] from 52.140.204.1 is medium', () => {
    const f = heloFindings(origin('[127.0.0.1]'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      id: 'helo-anomaly',
      severity: 'medium',
      params: { helo: '[127.0.0.1]', ip: '52.140.204.1', kind: 'loopback-literal' },
    });
    expect(f[0]!.evidence.map((e) => e.kind)).toEqual(['header', 'ip']);
  });
  it('localhost is medium; other IP literals and single labels are low; a FQDN is fine', () => {
    expect(heloFindings(origin('localhost'))[0]?.severity).toBe('medium');
    expect(heloFindings(origin('[203.0.113.5]'))[0]?.severity).toBe('low');
    expect(heloFindings(origin('WIN-ABC123'))[0]?.severity).toBe('low');
    expect(heloFindings(origin('mas14.kagoya.net'))).toEqual([]);
    expect(heloFindings(origin(null))).toEqual([]);
    expect(heloFindings(null)).toEqual([]);
  });
});
