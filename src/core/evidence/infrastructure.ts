/**
 * Is the origin IP one of the sender's own hosts? Collects the A/AAAA of the From and Return-Path domains and of
 * their MX hosts. A mismatch is weak evidence (SPF decides who may send): large senders often send from hosts that
 * are neither their MX nor their web address.
 */
import { cleanHost, fromResult, hostAddresses, merge, type Ask, type Lookup } from './lookup.js';

/** MX hosts followed per domain (RFC 5321 5.1 lists can be long; a handful is enough for evidence). */
const MAX_MX_HOSTS = 10;

export interface InfraHost {
  domain: string;
  /** The host whose address was found: the domain itself or one of its MX exchanges. */
  host: string;
  via: 'A/AAAA' | 'MX';
  ips: string[];
}

async function domainHosts(ask: Ask, domain: string): Promise<Lookup<InfraHost[]>> {
  const [self, mx] = await Promise.all([
    hostAddresses(ask, domain),
    ask(domain, 'MX').then(async (r) => {
      const exchanges = r.records
        .flatMap((rec) => (rec.type === 'MX' ? [rec] : []))
        .sort((a, b) => a.preference - b.preference)
        // RFC 7505 3: a null MX ("." / empty exchange) means the domain accepts no mail.
        .map((rec) => cleanHost(rec.exchange))
        .filter((h): h is string => h !== null);
      const hosts = [...new Set(exchanges)].slice(0, MAX_MX_HOSTS);
      const looked = await Promise.all(hosts.map((h) => hostAddresses(ask, h)));
      return merge(
        [fromResult(r, null), ...looked],
        hosts.map((host, i): InfraHost => ({ domain, host, via: 'MX', ips: looked[i]?.value ?? [] })),
      );
    }),
  ]);
  return merge([self, mx], [{ domain, host: domain, via: 'A/AAAA', ips: self.value }, ...mx.value]);
}

export async function senderInfrastructure(ask: Ask, domains: string[]): Promise<Lookup<InfraHost[]>> {
  const per = await Promise.all(domains.map((d) => domainHosts(ask, d)));
  return merge(
    per,
    per.flatMap((p) => p.value),
  );
}
