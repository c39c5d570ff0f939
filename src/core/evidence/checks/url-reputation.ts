/** Link URLs on Google Safe Browsing, with the user's own key (off unless a key is set). */
import type { UrlReputationAnswer } from '../safe-browsing.js';
import { MAX_SB_URLS } from '../safe-browsing.js';
import { finding, type NetworkCheck } from '../network-check.js';

export const urlReputationCheck: NetworkCheck<UrlReputationAnswer | null> = {
  name: 'safe-browsing',
  asks: 'only when you entered a Safe Browsing API key: one HTTPS POST to https://safebrowsing.googleapis.com/v4/threatMatches:find?key=<your key> with the full target URLs of the links (at most 20)',
  produces: ['url-reputation-listed'],
  needs: 'message',
  ask: async (input, net) => {
    const urls = input.linkUrls.slice(0, MAX_SB_URLS);
    if (!net.urlReputation || urls.length === 0) return null;
    return net.urlReputation.lookup(urls, { timeLeftMs: net.deadline - net.now() });
  },
  judge(answer) {
    if (!answer) return { findings: [], states: [] };
    if (answer.status === 'unavailable')
      return { findings: [], states: [{ name: 'safe-browsing', status: 'unavailable', reason: answer.reason }] };
    return {
      states: [{ name: 'safe-browsing', status: 'done', reason: null }],
      findings: answer.matches.map((m) =>
        finding('url-reputation-listed', 'high', { url: m.url, threat: m.threat }, [
          { kind: 'url', value: m.url, label: `Google Safe Browsing: ${m.threat}` },
        ]),
      ),
    };
  },
};
