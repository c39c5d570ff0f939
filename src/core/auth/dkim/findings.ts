/** Findings from DKIM outcomes: dkim-fail, dkim-weak, dkim-temperror, dkim-pass. */
import type { DkimOutcome } from '../../model/auth.js';
import type { Evidence, Finding, Severity } from '../../model/finding.js';
import { icannRegistrableDomain } from '../../net/registrable.js';

/** True when a signature claims the From domain or its organizational domain (relaxed alignment). */
export function claimsFromDomain(signingDomain: string, fromDomain: string | null): boolean {
  if (!fromDomain || !signingDomain) return false;
  const d = signingDomain.toLowerCase().replace(/\.$/, '');
  const f = fromDomain.toLowerCase().replace(/\.$/, '');
  if (d === f) return true;
  const od = icannRegistrableDomain(d);
  return od !== null && od === icannRegistrableDomain(f);
}

function evidence(o: DkimOutcome): Evidence {
  const tags = [`d=${o.domain}`, `s=${o.selector}`, `a=${o.algorithm}`].join(' ');
  return { kind: 'auth', label: 'DKIM-Signature', value: `${tags}: ${o.result} (${o.reason})` };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ''))];
}

function finding(id: string, severity: Severity, list: DkimOutcome[], params: Finding['params']): Finding {
  return { id, severity, messageKey: `finding.${id}`, params, evidence: list.map(evidence) };
}

/** One finding per id, its evidence listing every signature concerned. */
export function dkimFindings(outcomes: DkimOutcome[], fromDomain: string | null): Finding[] {
  const out: Finding[] = [];
  const failed = outcomes.filter((o) => (o.result === 'fail' || o.result === 'permerror') && o.domain !== '');
  if (failed.length > 0) {
    const claiming = failed.filter((o) => claimsFromDomain(o.domain, fromDomain));
    const main = claiming[0] ?? (failed[0] as DkimOutcome);
    out.push(
      finding('dkim-fail', claiming.length > 0 ? 'high' : 'medium', failed, {
        domain: uniq(failed.map((o) => o.domain)).join(', '),
        reason: main.reason,
      }),
    );
  }
  const weak = outcomes.filter((o) => o.weaknesses.length > 0 && (o.result === 'pass' || o.result === 'policy'));
  if (weak.length > 0) {
    // An unsigned displayed header above a signed one on a valid signature is how a From is spoofed
    // under a real signature (RFC 6376 8.15): medium rather than low.
    const spoofable = weak.some((o) => o.weaknesses.includes('unsigned-header-above'));
    out.push(
      finding('dkim-weak', spoofable ? 'medium' : 'low', weak, {
        domain: uniq(weak.map((o) => o.domain)).join(', '),
        weaknesses: uniq(weak.flatMap((o) => o.weaknesses)).join(', '),
      }),
    );
  }
  const temp = outcomes.filter((o) => o.result === 'temperror');
  if (temp.length > 0) {
    out.push(finding('dkim-temperror', 'info', temp, { domain: uniq(temp.map((o) => o.domain)).join(', ') || '?' }));
  }
  const passed = outcomes.filter((o) => o.result === 'pass');
  if (passed.length > 0) {
    out.push({ ...finding('dkim-pass', 'info', passed, { domain: uniq(passed.map((o) => o.domain)).join(', ') }), score: 0 });
  }
  return out;
}
