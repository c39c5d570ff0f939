/** Reverse DNS of the origin IP with forward confirmation (RFC 8601 3 "iprev"). */
import type { Evidence, Origin } from '../../model/index.js';
import { checkRdns } from '../fcrdns.js';
import { finding, stateOf, type Judgement, type NetworkCheck } from '../network-check.js';

export const rdnsCheck: NetworkCheck<Awaited<ReturnType<typeof checkRdns>> | null> = {
  name: 'rdns',
  asks: 'PTR of the origin IP (in-addr.arpa / ip6.arpa), then A or AAAA of each PTR name (at most 5)',
  produces: ['no-ptr', 'ptr-not-confirmed'],
  needs: 'origin',
  ask: async (input, net) => (input.ip ? checkRdns(net.ask, input.ip) : null),
  judge(rdns, { ip }): Judgement {
    if (!ip || !rdns) return { findings: [], states: [stateOf('rdns', null, 'no origin IP')] };
    const ipEv: Evidence = { kind: 'ip', value: ip, label: 'origin' };
    const states = [stateOf('rdns', rdns)];
    if (rdns.temporary || rdns.offline)
      return { findings: [], states, ...(rdns.value.ptr.length > 0 ? { origin: { ptr: rdns.value.ptr } } : {}) };
    const origin: Partial<Origin> = { ptr: rdns.value.ptr, fcrdns: rdns.value.fcrdns };
    if (rdns.value.ptr.length === 0) return { findings: [finding('no-ptr', 'low', { ip }, [ipEv])], states, origin };
    if (rdns.value.fcrdns === false) {
      return {
        findings: [
          finding('ptr-not-confirmed', 'low', { ip, ptr: rdns.value.ptr.join(', ') }, [
            ipEv,
            ...rdns.value.ptr.map((p): Evidence => ({ kind: 'host', value: p, label: 'PTR' })),
          ]),
        ],
        states,
        origin,
      };
    }
    return { findings: [], states, origin };
  },
};
