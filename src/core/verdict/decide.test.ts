import { decideVerdict, hasPositiveAuthentication } from './decide.js';
import { scoreFindings, contributionOf, strengthOf, type VerdictModel } from './score.js';
import type { Finding } from '../model/finding.js';
import type { AuthSummary } from '../model/auth.js';

const noAuth: AuthSummary = { spf: null, dkim: [], dmarc: null, arc: null, receiver: [], ignoredReceiverHeaders: [] };
const f = (id: string, severity: Finding['severity']): Finding => ({ id, severity, messageKey: `finding.${id}`, params: {}, evidence: [] });
const verified = f('sender-domain-verified', 'info');
const openBox = f('verified-open-mailbox', 'info');

// A small hand-made model, so the behaviour is tested independently of the trained numbers.
const model: VerdictModel = {
  bias: -3,
  weights: { lure: 2, 'lure+medium': 1, link: 1.5, 'link+high': 2, weak: 0.5, 'distinct-risk>=2': 1, 'sender-domain-verified': -1 },
  untrainedPrior: { info: 0, low: 0.5, medium: 1, high: 2, critical: 3 },
  thresholds: { low: { caution: 1, danger: 3 }, normal: { caution: 0, danger: 2 }, high: { caution: -1, danger: 1 } },
  strength: { weak: -2, some: 0, strong: 2 },
};
const decide = (findings: Finding[], over: Partial<Parameters<typeof decideVerdict>[0]> = {}) =>
  decideVerdict({ findings, auth: noAuth, checks: [], sensitivity: 'normal', model, ...over });

describe('decideVerdict with a learned model', () => {
  it('is unknown, never ok, when nothing authenticates a clean message', () => {
    expect(decide([]).verdict).toBe('unknown');
    expect(decide([]).strength).toBe('none');
  });
  it("is ok only when the organisation's own domain is verified and the risk is low", () => {
    expect(decide([verified]).verdict).toBe('ok');
    // any risk finding, however weak, keeps it from ✓
    expect(decide([verified, f('weak', 'low')]).verdict).toBe('unknown');
    expect(decide([verified, f('lure', 'medium')]).verdict).toBe('unknown');
    // and so do links that leave the sender's organisation
    expect(decide([verified], { linksStayWithSender: false }).verdict).toBe('unknown');
  });
  it('a verified mailbox at a free-mail provider is never ok', () => {
    expect(decide([openBox]).verdict).toBe('unknown');
  });
  it('weak evidence combines: two findings reach what one alone does not', () => {
    expect(decide([f('link', 'medium')]).verdict).toBe('unknown');
    // -3 + 1.5 + 2 (lure+medium) ... lure medium alone: -3 + 3 = 0 -> caution
    expect(decide([f('lure', 'medium')]).verdict).toBe('caution');
    // -3 + 3 + 1.5 + 1 (two distinct) = 2.5 -> danger
    expect(decide([f('lure', 'medium'), f('link', 'medium')]).verdict).toBe('danger');
    expect(decide([f('lure', 'medium'), f('link', 'medium')]).strength).toBe('strong');
  });
  it('adding risk evidence never lowers the risk', () => {
    const one = scoreFindings([f('link', 'medium')], model).logit;
    expect(scoreFindings([f('link', 'medium'), f('weak', 'low')], model).logit).toBeGreaterThan(one);
    expect(scoreFindings([f('link', 'high')], model).logit).toBeGreaterThan(one);
  });
  it('counts repeated findings of one id once', () => {
    expect(scoreFindings([f('lure', 'medium'), f('lure', 'medium'), f('lure', 'low')], model).logit).toBe(0);
  });
  it('an id the weights never saw weighs the prior of its severity', () => {
    expect(contributionOf(f('brand-new-rule', 'high'), model)).toBe(2);
    expect(contributionOf(f('brand-new-rule', 'info'), model)).toBe(0);
    // a known id at a severity never trained takes the prior increment
    expect(contributionOf(f('weak', 'high'), model)).toBe(0.5 + (1 - 0.5) + (2 - 1));
  });
  it('sorts by contribution, and sets it on the strongest occurrence only', () => {
    const r = decide([f('weak', 'low'), verified, f('link', 'high'), f('link', 'medium'), f('lure', 'medium')]);
    expect(r.findings.map((x) => `${x.id}:${x.severity}`)).toEqual([
      'link:high',
      'lure:medium',
      'weak:low',
      'link:medium',
      verified.id + ':info',
    ]);
    expect(r.findings.map((x) => x.contribution)).toEqual([4, 3, 0.5, 0, -1]); // link:high = 1.5 + prior step to medium 0.5 + 2
  });
  it('honours sensitivity', () => {
    const x = [f('lure', 'medium')];
    expect(decide(x, { sensitivity: 'low' }).verdict).toBe('unknown');
    expect(decide(x, { sensitivity: 'normal' }).verdict).toBe('caution');
    expect(decide(x, { sensitivity: 'high' }).verdict).toBe('caution');
    expect(decide([f('link', 'medium')], { sensitivity: 'high' }).verdict).toBe('caution');
  });
  it('strength words follow the model probability', () => {
    expect([strengthOf(-3, model), strengthOf(-1, model), strengthOf(0.5, model), strengthOf(2, model)]).toEqual([
      'none',
      'weak',
      'some',
      'strong',
    ]);
  });
  it('hasPositiveAuthentication still reads a trusted receiver dmarc=pass', () => {
    const auth: AuthSummary = {
      ...noAuth,
      receiver: [
        { authservId: 'mx.example.jp', headerIndex: 0, raw: '', methods: [{ method: 'dmarc', result: 'pass', reason: null, props: {} }] },
      ],
    };
    expect(hasPositiveAuthentication(auth)).toBe(true);
  });
});
