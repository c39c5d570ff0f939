import { featureIdOf, featureNames } from './features.js';
import { scoreFindings, contributionOf, type VerdictModel } from './score.js';
import type { Finding } from '../model/finding.js';

const f = (id: string, severity: Finding['severity'], params: Finding['params'] = {}): Finding => ({
  id,
  severity,
  messageKey: `finding.${id}`,
  params,
  evidence: [],
});
const receiver = (method: string, severity: Finding['severity']) =>
  f('auth-results-fail', severity, { method, result: 'fail', receiver: 'mx.example' });

const model: VerdictModel = {
  bias: -2,
  weights: { 'dmarc-fail': 1.5, 'dmarc-fail+medium': 0.5, 'dmarc-fail+high': 1, 'dkim-fail': 0.25, 'dkim-fail+medium': 0 },
  untrainedPrior: { info: 0, low: 0.5, medium: 1, high: 2, critical: 3 },
  thresholds: { low: { caution: 1, danger: 3 }, normal: { caution: 0, danger: 2 }, high: { caution: -1, danger: 1 } },
  strength: { weak: -2, some: 0, strong: 2 },
};

describe('features: one kind of evidence, one feature', () => {
  it("weighs the receiver's failure by the failed method, sharing the feature of the same check computed here", () => {
    expect(featureIdOf(receiver('DMARC', 'high'))).toBe('dmarc-fail');
    expect(featureIdOf(receiver('spf', 'high'))).toBe('spf-fail');
    expect(featureIdOf(receiver('DKIM', 'medium'))).toBe('dkim-fail');
    expect(featureIdOf(receiver('COMPAUTH', 'medium'))).toBe('compauth-fail');
    // An unknown method keeps the finding's own id; every other finding is its id.
    expect(featureIdOf(receiver('IPREV', 'medium'))).toBe('auth-results-fail');
    expect(featureIdOf(f('dmarc-fail', 'high'))).toBe('dmarc-fail');
  });
  it('the same DMARC failure weighs the same whether we computed it or the receiver reported it', () => {
    expect(contributionOf(receiver('DMARC', 'high'), model)).toBe(contributionOf(f('dmarc-fail', 'high'), model));
    expect(contributionOf(receiver('DMARC', 'high'), model)).toBe(3);
    // A DKIM failure (e.g. a mailing-list post) weighs its own, smaller weight, not the DMARC one.
    expect(contributionOf(receiver('DKIM', 'medium'), model)).toBe(0.25);
  });
  it('two failed methods of one receiver are two features; the finding id sums them for the report', () => {
    const findings = [receiver('DKIM', 'medium'), receiver('DMARC', 'high')];
    expect(featureNames(findings)).toEqual(['dkim-fail', 'dkim-fail+medium', 'dmarc-fail', 'dmarc-fail+high', 'dmarc-fail+medium']);
    const s = scoreFindings(findings, model);
    expect(s.byId.get('auth-results-fail')).toBe(3.25);
    // One finding id: not two kinds of risk for the distinct-risk counts.
    expect(featureNames(findings).some((n) => n.startsWith('distinct-risk'))).toBe(false);
    expect(s.logit).toBe(-2 + 3.25);
  });
  it("the receiver's SPF failure of the domain whose DMARC failure it reports is that failure's cause: counted once", () => {
    const at = (method: string, domain: string, receiverId = 'mx.example') =>
      f('auth-results-fail', 'medium', { method, result: 'fail', receiver: receiverId, domain });
    // a forwarded list post: dmarc=fail header.from=gmail.com beside spf=fail smtp.mailfrom=gmail.com
    expect(featureNames([at('DMARC', 'gmail.com'), at('SPF', 'gmail.com')])).toEqual(['dmarc-fail', 'dmarc-fail+medium']);
    // a spoof whose envelope is another domain: two facts, two features
    expect(featureNames([at('DMARC', 'bank.example'), at('SPF', 'bulk.example')])).toEqual([
      'dmarc-fail',
      'dmarc-fail+medium',
      'spf-fail',
      'spf-fail+medium',
    ]);
    // another receiver's verdict, or a header that names no domain, is not known to be the same fact
    expect(featureNames([at('DMARC', 'gmail.com'), at('SPF', 'gmail.com', 'mx.other')])).toContain('spf-fail');
    expect(featureNames([at('DMARC', ''), at('SPF', '')])).toContain('spf-fail');
    // an SPF failure alone still weighs
    expect(featureNames([at('SPF', 'gmail.com')])).toEqual(['spf-fail', 'spf-fail+medium']);
  });
});
