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
  it("a known organisation's own domain (brand pack) with DMARC pass from the trusted receiver is sender-domain-verified", () => {
    const f = verifiedSenderFindings(withReceiver(receiver([['dmarc', 'pass', { 'header.from': 'mail.paypal.com' }]])), 'mail.paypal.com');
    expect(f).toEqual([
      expect.objectContaining({ id: 'sender-domain-verified', severity: 'info', params: { domain: 'paypal.com', via: 'DMARC' } }),
    ]);
  });
  it('a domain nobody knows as an organisation is only verified-unknown-domain: a throwaway domain passes DMARC too', () => {
    const f = verifiedSenderFindings(
      withReceiver(receiver([['dmarc', 'pass', { 'header.from': 'news.acme.example' }]])),
      'news.acme.example',
    );
    expect(f).toEqual([
      expect.objectContaining({ id: 'verified-unknown-domain', severity: 'info', params: { domain: 'acme.example', via: 'DMARC' } }),
    ]);
  });
  it("the user's own, allow-listed and contact domains are known; so is the topmost Delivered-To's organisation", () => {
    const pass = withReceiver(receiver([['dmarc', 'pass', {}]]));
    const none: { ownDomains: string[]; allowlist: string[]; contactDomains: string[] } = {
      ownDomains: [],
      allowlist: [],
      contactDomains: [],
    };
    const id = (settings: typeof none, deliveredTo: string[] = []) =>
      verifiedSenderFindings(pass, 'news.acme.example', { settings, deliveredTo })[0]?.id;
    expect(id({ ...none, ownDomains: ['acme.example'] })).toBe('sender-domain-verified');
    expect(id({ ...none, allowlist: ['acme.example'] })).toBe('sender-domain-verified');
    expect(id({ ...none, contactDomains: ['news.acme.example'] })).toBe('sender-domain-verified');
    expect(id({ ...none, allowlist: ['other.example'] })).toBe('verified-unknown-domain');
    expect(id(none, ['me@acme.example'])).toBe('sender-domain-verified');
    // A Delivered-To below the topmost may have been written by the sender; free mail names no organisation.
    expect(id(none, ['me@corp.example', 'x@acme.example'])).toBe('verified-unknown-domain');
    expect(verifiedSenderFindings(pass, 'gmail.com', { settings: none, deliveredTo: ['me@gmail.com'] })[0]?.id).toBe(
      'verified-open-mailbox',
    );
    // Configured own domains replace the inferred recipient organisation.
    expect(id({ ...none, ownDomains: ['corp.example'] }, ['me@acme.example'])).toBe('verified-unknown-domain');
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
