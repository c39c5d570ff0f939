import { verifiedSenderFindings, fromDomainProof } from './verified-sender.js';
import { emptyAuth } from '../../evidence/network-checks.js';
import type { AuthSummary, AuthResultsHeader } from '../../model/auth.js';

const receiver = (methods: [string, string, Record<string, string>][]): AuthResultsHeader => ({
  authservId: 'mx.example.net',
  headerIndex: 0,
  raw: '',
  methods: methods.map(([method, result, props]) => ({ method, result, reason: null, props })),
});
const withReceiver = (h: AuthResultsHeader): AuthSummary => ({ ...emptyAuth(), receiver: [h] });

describe('verified-sender: what an authentication pass is worth', () => {
  it("an organisation's own domain with DMARC pass from the trusted receiver is sender-domain-verified", () => {
    const f = verifiedSenderFindings(
      withReceiver(receiver([['dmarc', 'pass', { 'header.from': 'news.acme.example' }]])),
      'news.acme.example',
    );
    expect(f).toEqual([
      expect.objectContaining({ id: 'sender-domain-verified', severity: 'info', params: { domain: 'acme.example', via: 'DMARC' } }),
    ]);
  });
  it('an aligned DKIM signature counts, an unrelated one does not', () => {
    expect(fromDomainProof(withReceiver(receiver([['dkim', 'pass', { 'header.d': 'example.com' }]])), 'mail.example.com')).toEqual([
      'DKIM',
    ]);
    expect(fromDomainProof(withReceiver(receiver([['dkim', 'pass', { 'header.d': 'esp.example' }]])), 'example.com')).toEqual([]);
    expect(fromDomainProof(withReceiver(receiver([['spf', 'pass', {}]])), 'example.com')).toEqual([]);
  });
  it('a pass at a free-mail provider is only a verified mailbox anyone can open', () => {
    const f = verifiedSenderFindings(withReceiver(receiver([['dmarc', 'pass', {}]])), 'gmail.com');
    expect(f.map((x) => [x.id, x.params.domain])).toEqual([['verified-open-mailbox', 'gmail.com']]);
  });
  it('nothing without a pass, and a fail is not a pass', () => {
    expect(verifiedSenderFindings(emptyAuth(), 'example.com')).toEqual([]);
    expect(verifiedSenderFindings(withReceiver(receiver([['dmarc', 'fail', {}]])), 'example.com')).toEqual([]);
    expect(verifiedSenderFindings(withReceiver(receiver([['dmarc', 'pass', {}]])), null)).toEqual([]);
  });
});
