/** Is the origin IP one of the sender domains' published hosts (A/AAAA of the domain and of its MX hosts)? */
import type { Evidence } from '../../model/index.js';
import { senderInfrastructure } from '../infrastructure.js';
import { finding, stateOf, type NetworkCheck } from '../network-check.js';

export const originInfraCheck: NetworkCheck<Awaited<ReturnType<typeof senderInfrastructure>> | null> = {
  name: 'origin-infra',
  asks: 'A, AAAA and MX of the From and Return-Path domains, and A/AAAA of their MX hosts',
  produces: ['origin-sender-infrastructure', 'origin-not-sender-infrastructure'],
  needs: 'origin',
  ask: async (input, net) => (input.ip && input.senderDomains.length > 0 ? senderInfrastructure(net.ask, [...input.senderDomains]) : null),
  judge(infra, input) {
    const { ip, senderDomains: domains } = input;
    if (!ip || !infra) return { findings: [], states: [stateOf('origin-infra', null, !ip ? 'no origin IP' : 'no sender domain')] };
    const ipEv: Evidence = { kind: 'ip', value: ip, label: 'origin' };
    const match = infra.value.find((h) => h.ips.includes(ip));
    const all = [...new Set(infra.value.flatMap((h) => h.ips))];
    if (match) {
      return {
        states: [{ name: 'origin-infra', status: 'done', reason: null }],
        findings: [
          finding('origin-sender-infrastructure', 'info', { ip, host: match.host, domain: match.domain }, [
            ipEv,
            { kind: 'host', value: match.host, label: `${match.via} of ${match.domain}` },
          ]),
        ],
      };
    }
    if (infra.temporary || infra.offline) return { findings: [], states: [stateOf('origin-infra', infra)] };
    if (all.length === 0)
      return {
        findings: [],
        states: [{ name: 'origin-infra', status: 'done', reason: 'sender domains publish no address or MX records to compare' }],
      };
    return {
      states: [{ name: 'origin-infra', status: 'done', reason: null }],
      findings: [
        finding('origin-not-sender-infrastructure', 'low', { ip, domains: domains.join(', ') }, [
          ipEv,
          ...domains.map((d): Evidence => ({ kind: 'host', value: d, label: 'sender domain' })),
          { kind: 'dns', value: all.join(', '), label: `A/AAAA/MX of ${domains.join(', ')}` },
        ]),
      ],
    };
  },
};
