/** Sender and link domains on the domain blocklists the user enabled (RFC 5782 2.3). */
import type { Finding } from '../../model/index.js';
import type { DomainReputation } from '../../model/reputation.js';
import { checkDnsbl, type DnsblOutcome } from '../dnsbl.js';
import { MAX_DNSBLS } from '../dnsbl-lists.js';
import type { Lookup } from '../lookup.js';
import { finding, stateOf, type NetworkCheck } from '../network-check.js';

/** Domains asked per list and message (each is one query per list). */
export const MAX_DNSBL_DOMAINS = 8;

export const dnsblDomainCheck: NetworkCheck<Array<Lookup<DnsblOutcome>> | null> = {
  name: 'dnsbl-domain',
  asks: 'A <registrable domain>.<zone> for the From, Reply-To, Return-Path and link domains (at most 8) on each domain blocklist enabled in the settings (none by default)',
  produces: ['dnsbl-listed'],
  needs: 'message',
  ask: async (input, net) => {
    const lists = net.dnsbl.filter((l) => l.kind === 'domain').slice(0, MAX_DNSBLS);
    const domains = input.domains.slice(0, MAX_DNSBL_DOMAINS);
    if (lists.length === 0 || domains.length === 0) return null;
    return Promise.all(lists.flatMap((l) => domains.map((d) => checkDnsbl(net.ask, l, d.domain))));
  },
  judge(outcomes, input) {
    if (!outcomes) return { findings: [], states: [] };
    const findings: Finding[] = [];
    const per = new Map<string, DomainReputation>();
    const asked = [...new Set(outcomes.map((o) => o.value.list.zone))];
    for (const d of input.domains.slice(0, MAX_DNSBL_DOMAINS))
      per.set(d.domain, { domain: d.domain, roles: [...d.roles], listings: [], dnsblAsked: asked, dnsblUnavailable: [] });
    for (const o of outcomes) {
      const d = o.value;
      const rep = per.get(d.target);
      if (o.temporary || o.offline) {
        rep?.dnsblUnavailable?.push({ list: d.list.zone, reason: o.problem ?? 'could not check' });
        continue;
      }
      if (d.reading?.kind !== 'listed') continue;
      const code = d.reading.codes.join(', ');
      rep?.listings?.push({ list: d.list.zone, codes: d.reading.codes, meaning: d.reading.meaning });
      const roles = rep?.roles.join(', ') ?? '';
      findings.push(
        finding(
          'dnsbl-listed',
          d.reading.severity,
          { domain: d.target, list: d.list.zone, code, meaning: d.reading.meaning, roles },
          [
            { kind: 'host', value: d.target, label: roles },
            { kind: 'dns', value: code, label: `${d.list.zone}: ${d.reading.meaning}` },
          ],
          'finding.dnsbl-listed-domain',
        ),
      );
    }
    const bad = outcomes.find((d) => d.temporary || d.offline);
    return {
      findings,
      states: [bad ? stateOf('dnsbl-domain', bad) : { name: 'dnsbl-domain', status: 'done', reason: null }],
      domains: [...per.values()],
    };
  },
};
