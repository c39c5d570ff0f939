/**
 * Builds DNS wire responses for test DoH endpoints (unit fake transports and the node:http2 faulty server):
 * answers a query from the fixture zone, with hooks to corrupt the response.
 */
import { createFixtureResolver } from '../../src/core/dns/fixture-resolver.js';
import type { DnsResult, RRType } from '../../src/core/dns/types.js';
import { decodeMessage, encodeMessage, NO_FLAGS, type DnsMessage } from '../../src/core/dns/wire/message.js';
import { RCODE, typeName } from '../../src/core/dns/wire/types.js';

export type Mutate = (m: DnsMessage) => DnsMessage;

export async function respondFromZone(zone: unknown, query: Uint8Array, mutate: Mutate = (m) => m): Promise<Uint8Array> {
  const q = decodeMessage(query);
  if (!q.ok || !q.message.questions[0]) throw new Error('bad query in test responder');
  const question = q.message.questions[0];
  const type = typeName(question.type) as RRType;
  const res: DnsResult = await createFixtureResolver(zone).query(question.name, type);
  const rcode =
    res.status === 'nxdomain' ? RCODE.NXDOMAIN : res.status === 'ok' || res.status === 'nodata' ? RCODE.NOERROR : RCODE.SERVFAIL;
  const cnameRecs = res.cnames.map((target, i) => ({
    known: true as const,
    class: 1,
    record: { type: 'CNAME' as const, name: i === 0 ? question.name : res.cnames[i - 1]!, ttl: 300, data: target },
  }));
  const soa = {
    known: true as const,
    class: 1,
    record: { type: 'SOA' as const, name: 'test', ttl: 300, mname: 'ns.test', rname: 'hostmaster.test', serial: 1, minimum: 60 },
  };
  const msg: DnsMessage = {
    id: q.message.id,
    flags: { ...NO_FLAGS, qr: true, rd: true, ra: true, rcode },
    questions: [question],
    answers: [...cnameRecs, ...res.records.map((record) => ({ known: true as const, class: 1, record }))],
    authorities: res.status === 'nxdomain' || res.status === 'nodata' ? [soa] : [],
    additionals: [],
  };
  return encodeMessage(mutate(msg));
}
