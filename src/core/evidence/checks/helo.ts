/** Does the HELO/EHLO host name resolve to the origin IP (RFC 5321 4.1.4)? Literals and junk are judged offline. */
import { checkHelo } from '../fcrdns.js';
import { finding, stateOf, type NetworkCheck } from '../network-check.js';

export const heloCheck: NetworkCheck<Awaited<ReturnType<typeof checkHelo>> | null> = {
  name: 'helo',
  asks: "A or AAAA (the origin IP's family) of the HELO host name",
  produces: ['helo-mismatch'],
  needs: 'origin',
  ask: async (input, net) => (input.ip && input.heloName ? checkHelo(net.ask, input.heloName, input.ip) : null),
  judge(helo, { ip, heloName }) {
    if (!ip || !helo || !heloName) {
      return {
        findings: [],
        states: [stateOf('helo', null, !ip ? 'no origin IP' : !heloName ? 'no HELO name' : 'HELO is not a domain name (judged offline)')],
      };
    }
    const states = [stateOf('helo', helo)];
    if (helo.value.matches !== false) return { findings: [], states };
    return {
      states,
      findings: [
        finding('helo-mismatch', 'low', { helo: heloName, ip }, [
          { kind: 'header', value: heloName, label: 'HELO' },
          { kind: 'ip', value: ip, label: 'origin' },
          ...(helo.value.addresses.length > 0
            ? [{ kind: 'dns' as const, value: helo.value.addresses.join(', '), label: `A/AAAA of ${heloName}` }]
            : []),
        ]),
      ],
    };
  },
};
