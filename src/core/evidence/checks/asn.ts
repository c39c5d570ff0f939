/** Origin ASN, prefix and registry country (Team Cymru IP-to-ASN over DNS). */
import type { AsnInfo } from '../cymru.js';
import type { Lookup } from '../lookup.js';
import { finding, stateOf, type NetworkCheck } from '../network-check.js';

export const asnCheck: NetworkCheck<Lookup<AsnInfo | null> | null> = {
  name: 'asn',
  asks: 'TXT <reversed origin IP>.origin.asn.cymru.com (origin6 for IPv6), then TXT AS<n>.asn.cymru.com',
  produces: ['origin-network'],
  needs: 'origin',
  ask: async (input, net) => (input.ip ? net.asnOf(input.ip) : null),
  judge(asn, { ip }) {
    if (!ip || !asn) return { findings: [], states: [stateOf('asn', null, 'no origin IP')] };
    const states = [stateOf('asn', asn, asn.value ? null : 'no announcement found for the origin IP')];
    const a = asn.value;
    if (!a) return { findings: [], states };
    return {
      states,
      origin: { asn: a.asn, asName: a.asName, prefix: a.prefix, country: a.country, registry: a.registry },
      findings: [
        finding('origin-network', 'info', { ip, asn: a.asn, asName: a.asName ?? '?', prefix: a.prefix ?? '?', country: a.country ?? '?' }, [
          { kind: 'ip', value: ip, label: 'origin' },
          {
            kind: 'dns',
            value: `AS${a.asn} | ${a.prefix ?? ''} | ${a.country ?? ''} | ${a.registry ?? ''} | ${a.asName ?? ''}`,
            label: 'Team Cymru IP-to-ASN',
          },
        ]),
      ],
    };
  },
};
