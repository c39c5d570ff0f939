import { arcFindings } from './findings.js';

describe('arcFindings', () => {
  const base = {
    instances: 2,
    sealers: ['lists.example.org', 'fwd.example.net'],
    oldestAuthResults: 'i=1; mx.example.org; dkim=pass',
    reason: 'r',
  };
  it('pass -> arc-pass (info) naming the sealers, with the oldest AAR as evidence', () => {
    const [f] = arcFindings({ ...base, result: 'pass' });
    expect(f).toMatchObject({ id: 'arc-pass', severity: 'info', params: { sealers: 'lists.example.org, fwd.example.net' } });
    expect(f!.evidence.map((e) => e.value)).toContain('i=1; mx.example.org; dkim=pass');
  });
  it('fail -> arc-fail (low); none/temperror -> nothing', () => {
    expect(arcFindings({ ...base, result: 'fail' }).map((f) => [f.id, f.severity])).toEqual([['arc-fail', 'low']]);
    expect(arcFindings({ ...base, result: 'none' })).toEqual([]);
    expect(arcFindings({ ...base, result: 'temperror' })).toEqual([]);
  });
});
