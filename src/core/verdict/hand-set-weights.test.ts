import { describe, expect, it } from 'vitest';
import { decideVerdict } from './decide.js';
import { contributionOf, MODEL } from './score.js';
import { emptyAuth } from '../evidence/network-checks.js';
import type { Finding } from '../model/finding.js';

const f = (id: string, severity: Finding['severity']): Finding => ({ id, severity, messageKey: `finding.${id}`, params: {}, evidence: [] });
const verdictOf = (findings: Finding[]) => decideVerdict({ findings, auth: emptyAuth(), checks: [], sensitivity: 'normal' }).verdict;

describe('hand-set weights for evidence the corpus cannot train', () => {
  it('are used for ids the training never saw, and a trained weight would win', () => {
    expect(MODEL.weights['domain-young']).toBeUndefined();
    expect(contributionOf(f('domain-young', 'high'))).toBe(3.5);
    expect(contributionOf(f('domain-young', 'high'), { ...MODEL, weights: { ...MODEL.weights, 'domain-young': 0.1 } })).toBeCloseTo(
      0.1 + MODEL.untrainedPrior.high - MODEL.untrainedPrior.low,
      5,
    );
  });
  it('a domain registered days ago, a phishing blocklist listing or a Safe Browsing match is at least caution alone', () => {
    for (const finding of [
      f('domain-young', 'high'),
      f('dnsbl-listed', 'high'),
      f('url-reputation-listed', 'high'),
      f('qr-code-lure', 'high'),
    ]) {
      expect(['caution', 'danger']).toContain(verdictOf([finding]));
    }
  });
  it('a half-year-old domain alone is not', () => {
    expect(verdictOf([f('domain-young', 'low')])).toBe('unknown');
  });
});
