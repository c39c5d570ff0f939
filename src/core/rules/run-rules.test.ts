import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRules, RULE_CHECK_PREFIX } from './run-rules.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';
import { analyzeMessage } from '../analyze.js';
import { createNoneResolver } from '../dns/index.js';
import { decideVerdict } from '../verdict/decide.js';
import { emptyAuth } from '../evidence/network-checks.js';
import { catalog } from '../i18n/index.js';
import { SHARED } from '../../../tests/helpers/shared.js';

const throwing: Rule = {
  id: 'always-throws',
  stage: 'message',
  reads: 'nothing; throws to prove the guard',
  produces: ['never'],
  messages: {},
  run: () => {
    throw new Error('boom');
  },
};
const finds: Rule = { ...throwing, id: 'finds', run: () => [{ id: 'x', severity: 'low', messageKey: 'k', params: {}, evidence: [] }] };
const ctx = { msg: { from: null }, hops: [], origin: null, links: [], ownDomains: [], settings: {}, limits: {} } as never;

describe('rule registry and runner', () => {
  it('a rule that throws is reported as a failed check, and the others still run', () => {
    const out = runRules('message', ctx, { facts: { mailingList: false, freeMail: false }, rules: [throwing, finds] });
    expect(out.findings.map((f) => f.id)).toEqual(['x']);
    expect(out.checks).toEqual([
      { name: `${RULE_CHECK_PREFIX}always-throws`, status: 'error', reason: 'the check failed: boom' },
      { name: `${RULE_CHECK_PREFIX}finds`, status: 'done', reason: null },
    ]);
  });

  it('every rule reads the context, the facts, the findings of the rules before it and the authentication results', () => {
    const seen: unknown[] = [];
    const reads: Rule = {
      ...throwing,
      id: 'reads',
      stage: 'authentication',
      run: (input) => (seen.push({ ...input, earlier: [...input.earlier] }), []),
    };
    const later: Rule = { ...finds, stage: 'authentication' };
    const full = {
      msg: { from: null },
      hops: [],
      origin: null,
      links: [],
      ownDomains: ['a.example'],
      settings: {},
      limits: {},
      html: 'h',
      attachedMessages: [],
    };
    const facts = { mailingList: true, freeMail: false };
    const before = { id: 'b', severity: 'low' as const, messageKey: 'k', params: {}, evidence: [] };
    runRules('authentication', full as never, { facts, auth: 'auth' as never, earlier: [before], rules: [reads, later, reads] });
    expect(seen).toEqual([
      { ...full, facts, auth: 'auth', earlier: [before] },
      { ...full, facts, auth: 'auth', earlier: [before, { id: 'x', severity: 'low', messageKey: 'k', params: {}, evidence: [] }] },
    ]);
  });

  it('a failed rule keeps an authenticated message from being "ok"', () => {
    const auth = { ...emptyAuth(), dmarc: { result: 'pass' } } as never;
    const verified = {
      id: 'sender-domain-verified',
      severity: 'info' as const,
      messageKey: 'finding.sender-domain-verified',
      params: {},
      evidence: [],
    };
    const base = { findings: [verified], auth, sensitivity: 'normal' as const };
    expect(decideVerdict({ ...base, checks: [] }).verdict).toBe('ok');
    expect(decideVerdict({ ...base, checks: [{ name: 'rule:x', status: 'error', reason: 'boom' }] }).verdict).toBe('unknown');
  });

  it('every registered rule appears in the report checks of a real analysis', async () => {
    const raw = readFileSync(`${SHARED}/samples/kagoya-phish.eml`);
    const r = await analyzeMessage(new Uint8Array(raw), { resolver: createNoneResolver(), now: () => 0, offline: true } as never);
    for (const rule of RULES) expect(r.checks.find((c) => c.name === RULE_CHECK_PREFIX + rule.id)?.status).toBe('done');
  });

  it('ids are unique kebab-case, every rule says what it reads, and its finding texts exist in en and ja', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.reads.length).toBeGreaterThan(20);
      for (const id of r.produces) {
        const def = catalog[`finding.${id}`];
        expect(def, `finding.${id} of rule ${r.id}`).toBeDefined();
        expect(def!.en && def!.ja).toBeTruthy();
      }
    }
  });
});
