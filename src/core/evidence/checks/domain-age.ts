/**
 * Domain age over RDAP: the registration date of each registrable domain the message names (From, Reply-To,
 * Return-Path, link targets after unwrapping), from the registry's RDAP server found through the IANA bootstrap.
 * Phishing domains are typically days old; a young domain is stronger evidence the younger it is. Hidden or missing
 * registration data is neutral (an info finding), and a server that fails is "could not check", never a pass.
 */
import type { CheckState, Finding, Severity } from '../../model/index.js';
import type { DomainReputation } from '../../model/reputation.js';
import type { RdapAnswer } from '../rdap/client.js';
import { finding, type MessageDomain, type NetworkCheck } from '../network-check.js';
import { secondsFromIso } from '../../parse/headers/date.js';

/** Domains looked up per message (each may be one HTTP request to a registry). */
export const MAX_RDAP_DOMAINS = 10;
const DAY_MS = 86_400_000;

/** Strength by age: ≤ 7 days high, ≤ 30 medium, ≤ 180 low; older is no finding. */
export function youngSeverity(days: number): Severity | null {
  if (days <= 7) return 'high';
  if (days <= 30) return 'medium';
  if (days <= 180) return 'low';
  return null;
}

/**
 * The reference time: the message's Date, but never later than now (a Date set in the future must not make a domain
 * look older than it is).
 */
export function ageReference(messageDate: number | null, now: number): number {
  return messageDate !== null && Number.isFinite(messageDate) ? Math.min(messageDate, now) : now;
}

type Answers = { asked: Array<{ d: MessageDomain; answer: RdapAnswer }>; ref: number; hasDate: boolean } | null;

export const domainAgeCheck: NetworkCheck<Answers> = {
  name: 'rdap',
  asks: 'HTTPS GET <RDAP server>/domain/<registrable domain> for the From, Reply-To, Return-Path and link domains (at most 10), to the registry named for the TLD in the IANA RDAP bootstrap file',
  produces: ['domain-young', 'domain-registration-hidden'],
  needs: 'message',
  ask: async (input, net) => {
    if (!net.rdap) return null;
    const rdap = net.rdap;
    const domains = input.domains.slice(0, MAX_RDAP_DOMAINS);
    const timeLeftMs = net.deadline - net.now();
    const asked = await Promise.all(domains.map(async (d) => ({ d, answer: await rdap.lookup(d.domain, { timeLeftMs }) })));
    return { asked, ref: ageReference(input.messageDate, net.now()), hasDate: input.messageDate !== null };
  },
  judge(answers) {
    if (!answers) return { findings: [], states: [] };
    const findings: Finding[] = [];
    const domains: DomainReputation[] = [];
    const problems: string[] = [];
    const notes: string[] = [];
    for (const { d, answer: a } of answers.asked) {
      const roles = d.roles.join(', ');
      const rep: DomainReputation = {
        domain: d.domain,
        roles: [...d.roles],
        age: { status: 'unavailable', registered: null, ageDays: null, reason: null },
      };
      domains.push(rep);
      if (a.status === 'unavailable') {
        rep.age = { status: 'unavailable', registered: null, ageDays: null, reason: a.reason };
        problems.push(`${d.domain}: ${a.reason}`);
      } else if (a.status === 'no-service') {
        rep.age = { status: 'no-service', registered: null, ageDays: null, reason: a.reason };
        notes.push(`${d.domain}: ${a.reason}`);
      } else if (a.status === 'hidden') {
        rep.age = { status: 'hidden', registered: null, ageDays: null, reason: a.reason };
        findings.push(
          finding('domain-registration-hidden', 'info', { domain: d.domain, roles }, [
            { kind: 'host', value: d.domain, label: roles },
            { kind: 'text', value: a.reason, label: `RDAP ${a.server}` },
          ]),
        );
      } else {
        const reg = (secondsFromIso(a.registered) ?? Number.NaN) * 1000;
        const days = Math.floor((answers.ref - reg) / DAY_MS);
        if (!Number.isFinite(days)) {
          rep.age = { status: 'unavailable', registered: a.registered, ageDays: null, reason: 'unreadable registration date' };
          continue;
        }
        if (days < 0) {
          // Registered after the message's Date: an old message and a re-registered domain, or a false Date. No age to judge.
          rep.age = { status: 'registered', registered: a.registered, ageDays: null, reason: "registered after the message's Date" };
          continue;
        }
        rep.age = { status: 'registered', registered: a.registered, ageDays: days, reason: null };
        const severity = youngSeverity(days);
        if (severity) {
          const date = a.registered.slice(0, 10);
          findings.push(
            finding('domain-young', severity, { domain: d.domain, days, date, roles }, [
              { kind: 'host', value: d.domain, label: roles },
              {
                kind: 'text',
                value: `registered ${date}, ${days} days before ${answers.hasDate ? "the message's Date" : 'now'}`,
                label: `RDAP ${a.server}`,
              },
            ]),
          );
        }
      }
    }
    const state: CheckState =
      problems.length > 0
        ? { name: 'rdap', status: 'unavailable', reason: problems.join('; ').slice(0, 1000) }
        : { name: 'rdap', status: 'done', reason: notes.length > 0 ? notes.join('; ').slice(0, 1000) : null };
    return {
      findings,
      states: answers.asked.length > 0 ? [state] : [{ name: 'rdap', status: 'skipped', reason: 'no domain to look up' }],
      domains,
    };
  },
};
