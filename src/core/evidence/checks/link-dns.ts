/** Addresses and ASN of every link host (facts for the report; no findings of its own). */
import { normalizeIp } from '../../dns/ip.js';
import { hostAddresses, type Lookup } from '../lookup.js';
import type { NetworkCheck } from '../network-check.js';

/** Addresses kept per host (untrusted message content drives these). */
const MAX_IPS_PER_HOST = 8;

type HostInfo = { ips: string[]; asn: number | null; asName: string | null };
type Answers = Array<{ host: string; info: HostInfo; lookup: Lookup<null> }>;

export const linkDnsCheck: NetworkCheck<Answers> = {
  name: 'link-dns',
  asks: 'A and AAAA of each link host (at most 20), then the Team Cymru origin TXT of its first address',
  produces: [],
  needs: 'origin',
  ask: (input, net) =>
    Promise.all(
      input.linkHosts.map(async (host) => {
        const literal = normalizeIp(host.replace(/^\[|\]$/g, ''));
        const addrs = literal ? { value: [literal], temporary: false, offline: false, problem: null } : await hostAddresses(net.ask, host);
        const ips = addrs.value.slice(0, MAX_IPS_PER_HOST);
        const first = ips.find((ip) => !ip.includes(':')) ?? ips[0];
        const a = first ? await net.asnOf(first) : null;
        return {
          host,
          info: { ips, asn: a?.value?.asn ?? null, asName: a?.value?.asName ?? null },
          lookup: {
            value: null,
            temporary: addrs.temporary || (a?.temporary ?? false),
            offline: addrs.offline,
            problem: addrs.problem ?? a?.problem ?? null,
          },
        };
      }),
    ),
  judge(parts) {
    const linkHosts = Object.fromEntries(parts.map((p) => [p.host, p.info]));
    if (parts.length === 0) return { findings: [], states: [], linkHosts };
    const bad = parts.find((p) => p.lookup.temporary);
    const state = parts.every((p) => p.lookup.offline)
      ? { name: 'link-dns', status: 'skipped' as const, reason: 'offline' }
      : bad
        ? { name: 'link-dns', status: 'unavailable' as const, reason: bad.lookup.problem ?? 'DNS lookup failed' }
        : { name: 'link-dns', status: 'done' as const, reason: null };
    return { findings: [], states: [state], linkHosts };
  },
};
