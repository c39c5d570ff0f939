/**
 * A DoH transport for privacy tests: decodes every request as a DNS query (RFC 8484 GET `dns=` or POST body),
 * records it, checks it against the allowed-name oracle supplied by the test, and answers from a fixture zone
 * (names missing from the zone get NXDOMAIN). Every answer's records are handed to `onAnswer` before the
 * response is returned, so the oracle can accept names learned from earlier answers (and only those).
 */
import type { DohRequest, DohResponse, DohTransport, RRType } from '../../src/core/dns/types.js';
import { DOH_MEDIA_TYPE } from '../../src/core/dns/doh-resolver.js';
import { base64UrlDecode } from '../../src/core/dns/wire/base64url.js';
import { decodeMessage } from '../../src/core/dns/wire/message.js';
import { typeName } from '../../src/core/dns/wire/types.js';
import type { DnsRecord } from '../../src/core/dns/types.js';
import { respondFromZone } from './doh-responder.js';

export interface RecordedQuery {
  url: string;
  method: string;
  /** Question name ('' when the request was not a decodable single-question DNS query). */
  name: string;
  type: RRType | null;
  /** Why the request is not acceptable (wrong endpoint, not a DNS query, name not derived), or null. */
  problem: string | null;
  /** How the oracle justified the name. */
  reason: string | null;
}

export interface RecordingTransport {
  transport: DohTransport;
  queries: RecordedQuery[];
}

export interface RecordingOptions {
  endpoint: string;
  zone: unknown;
  /** Returns a justification for asking `name`, or null when the name is not derived from what is known so far. */
  justify: (name: string, type: RRType) => string | null;
  onAnswer: (records: DnsRecord[]) => void;
}

function queryBytes(req: DohRequest, endpoint: string): { bytes: Uint8Array | null; problem: string | null } {
  const url = new URL(req.url);
  if (`${url.origin}${url.pathname}` !== endpoint)
    return { bytes: null, problem: `request to ${url.origin}${url.pathname}, not the configured endpoint` };
  if (req.method === 'POST') return req.body ? { bytes: req.body, problem: null } : { bytes: null, problem: 'POST without a body' };
  const params = [...url.searchParams.keys()];
  if (params.length !== 1 || params[0] !== 'dns') return { bytes: null, problem: `unexpected URL parameters ${params.join(',')}` };
  const b = base64UrlDecode(url.searchParams.get('dns') ?? '');
  return b ? { bytes: b, problem: null } : { bytes: null, problem: 'dns= is not base64url' };
}

export function createRecordingTransport(opts: RecordingOptions): RecordingTransport {
  const queries: RecordedQuery[] = [];
  const transport: DohTransport = async (req) => {
    const rec: RecordedQuery = { url: req.url, method: req.method, name: '', type: null, problem: null, reason: null };
    queries.push(rec);
    const { bytes, problem } = queryBytes(req, opts.endpoint);
    if (!bytes) {
      rec.problem = problem;
      return { status: 400, contentType: 'text/plain', body: new Uint8Array() };
    }
    const q = decodeMessage(bytes);
    const question = q.ok ? q.message.questions[0] : undefined;
    if (
      !q.ok ||
      !question ||
      q.message.questions.length !== 1 ||
      q.message.flags.qr ||
      q.message.answers.length + q.message.authorities.length > 0
    ) {
      rec.problem = `not a single-question DNS query${q.ok ? '' : `: ${q.error}`}`;
      return { status: 400, contentType: 'text/plain', body: new Uint8Array() };
    }
    rec.name = question.name.toLowerCase();
    rec.type = typeName(question.type);
    if (rec.type === null) rec.problem = `query for unexpected type ${question.type}`;
    else {
      rec.reason = opts.justify(rec.name, rec.type);
      if (rec.reason === null) rec.problem = `${rec.name} ${rec.type} is not derived from the message or an earlier answer`;
    }
    const body = await respondFromZone(opts.zone, bytes);
    const answer = decodeMessage(body);
    if (answer.ok) opts.onAnswer(answer.message.answers.flatMap((r) => (r.known ? [r.record] : [])));
    const res: DohResponse = { status: 200, contentType: DOH_MEDIA_TYPE, body };
    return res;
  };
  return { transport, queries };
}
