import { decideVerdict, hasPositiveAuthentication } from './decide.js';
import type { Finding } from '../model/finding.js';
import type { AuthSummary } from '../model/auth.js';

const noAuth: AuthSummary = { spf: null, dkim: [], dmarc: null, arc: null, receiver: [], ignoredReceiverHeaders: [] };
const f = (id: string, severity: Finding['severity']): Finding => ({ id, severity, messageKey: `finding.${id}`, params: {}, evidence: [] });
const dmarcPass: AuthSummary = {
  ...noAuth,
  dmarc: { result: 'pass', fromDomain: 'kagoya.jp', policyDomain: 'kagoya.jp', policy: 'reject', appliedPolicy: 'reject', spfAligned: true, dkimAligned: true, alignment: { spf: 'r', dkim: 'r' }, testing: false, reason: '' },
};

describe('decideVerdict', () => {
  it('is unknown, never ok, when nothing positively authenticates a clean message', () => {
    expect(decideVerdict({ findings: [], auth: noAuth, checks: [], sensitivity: 'normal' }).verdict).toBe('unknown');
  });
  it('is ok for a clean message with DMARC pass', () => {
    expect(decideVerdict({ findings: [f('dkim-pass', 'info')], auth: dmarcPass, checks: [], sensitivity: 'normal' }).verdict).toBe('ok');
  });
  it('is ok with a trusted receiver dmarc=pass', () => {
    const auth: AuthSummary = { ...noAuth, receiver: [{ authservId: 'mx.example.jp', headerIndex: 0, raw: '', methods: [{ method: 'dmarc', result: 'pass', reason: null, props: {} }] }] };
    expect(hasPositiveAuthentication(auth)).toBe(true);
  });
  it('adds evidence: one high finding is caution, two are danger', () => {
    expect(decideVerdict({ findings: [f('a', 'high')], auth: dmarcPass, checks: [], sensitivity: 'normal' }).verdict).toBe('caution');
    expect(decideVerdict({ findings: [f('a', 'high'), f('b', 'high')], auth: noAuth, checks: [], sensitivity: 'normal' }).verdict).toBe('danger');
  });
  it('counts repeated findings of one id once', () => {
    const r = decideVerdict({ findings: [f('a', 'high'), f('a', 'high'), f('a', 'high')], auth: noAuth, checks: [], sensitivity: 'normal' });
    expect(r.score).toBe(45);
    expect(r.verdict).toBe('caution');
  });
  it('sorts strongest first and honours sensitivity', () => {
    const r = decideVerdict({ findings: [f('l', 'low'), f('h', 'high')], auth: noAuth, checks: [], sensitivity: 'high' });
    expect(r.findings.map((x) => x.id)).toEqual(['h', 'l']);
    expect(r.verdict).toBe('danger');
    expect(decideVerdict({ findings: [f('l', 'low'), f('h', 'high')], auth: noAuth, checks: [], sensitivity: 'normal' }).verdict).toBe('caution');
    expect(decideVerdict({ findings: [f('l', 'low')], auth: noAuth, checks: [], sensitivity: 'high' }).verdict).toBe('unknown');
  });
  it('a critical finding alone is danger', () => {
    expect(decideVerdict({ findings: [f('c', 'critical')], auth: dmarcPass, checks: [], sensitivity: 'low' }).verdict).toBe('danger');
  });
});
