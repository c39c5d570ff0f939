/** The origin IP on the IP blocklists the user enabled (RFC 5782 2.1, 2.4). */
import type { Finding } from '../../model/index.js';
import { checkDnsbl } from '../dnsbl.js';
import { MAX_DNSBLS } from '../dnsbl-lists.js';
import type { Lookup } from '../lookup.js';
import type { DnsblOutcome } from '../dnsbl.js';
import { finding, stateOf, type NetworkCheck } from '../network-check.js';

export const dnsblIpCheck: NetworkCheck<Array<Lookup<DnsblOutcome>> | null> = {
  name: 'dnsbl',
  asks: 'A <reversed origin IP>.<zone> for each IP blocklist enabled in the settings (none by default)',
  produces: ['dnsbl-listed'],
  needs: 'origin',
  ask: async (input, net) => {
    const lists = net.dnsbl.filter((l) => l.kind === 'ip').slice(0, MAX_DNSBLS);
    if (!input.ip || lists.length === 0) return null;
    return Promise.all(lists.map((l) => checkDnsbl(net.ask, l, input.ip!)));
  },
  judge(outcomes, { ip }) {
    if (!outcomes || !ip) return { findings: [], states: [] };
    const bad = outcomes.find((d) => d.temporary || d.offline);
    const findings: Finding[] = [];
    for (const { value: d } of outcomes) {
      if (d.reading?.kind !== 'listed') continue;
      const code = d.reading.codes.join(', ');
      findings.push(
        finding('dnsbl-listed', d.reading.severity, { ip, list: d.list.zone, code, meaning: d.reading.meaning }, [
          { kind: 'ip', value: ip, label: 'origin' },
          { kind: 'dns', value: code, label: `${d.list.zone}: ${d.reading.meaning}` },
        ]),
      );
    }
    return { findings, states: [bad ? stateOf('dnsbl', bad) : { name: 'dnsbl', status: 'done', reason: null }] };
  },
};
