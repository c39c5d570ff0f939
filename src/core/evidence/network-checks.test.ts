import { dmarcWalkNames } from './network-checks.js';

describe('dmarcWalkNames', () => {
  it('lists _dmarc at each parent of the From and envelope domains, once, at most 8 per domain', () => {
    expect(dmarcWalkNames(['kagoya.jp', 'mail.kagoya.jp', null])).toEqual(['_dmarc.kagoya.jp', '_dmarc.jp', '_dmarc.mail.kagoya.jp']);
    expect(dmarcWalkNames(['localhost', ''])).toEqual([]);
    expect(dmarcWalkNames(['a.b.c.d.e.f.g.h.i.j'])).toHaveLength(8);
  });
});
