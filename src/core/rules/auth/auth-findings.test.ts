import { authFindings } from './auth-findings.js';
import { emptyAuth } from '../../evidence/network-checks.js';
import type { AuthResultsHeader } from '../../model/auth.js';

function receiver(methods: [string, string][], props: Record<string, string>[] = []): AuthResultsHeader {
  return {
    authservId: 'mx.example.net',
    headerIndex: 0,
    raw: methods.map(([m, r]) => `${m}=${r}`).join('; '),
    methods: methods.map(([method, result], i) => ({ method, result, reason: null, props: props[i] ?? {} })),
  };
}

describe('authFindings from the trusted receiver', () => {
  it('compauth=fail (Microsoft composite authentication) is a medium auth-results-fail', () => {
    const f = authFindings(
      {
        ...emptyAuth(),
        receiver: [
          receiver([
            ['spf', 'none'],
            ['dmarc', 'none'],
            ['compauth', 'fail'],
          ]),
        ],
      },
      'evil.example',
    );
    expect(f).toEqual([
      expect.objectContaining({
        id: 'auth-results-fail',
        severity: 'medium',
        params: { method: 'COMPAUTH', result: 'fail', receiver: 'mx.example.net', domain: '' },
      }),
    ]);
  });
  it('names the domain each failed result is about (DMARC header.from, SPF smtp.mailfrom address or domain)', () => {
    const auth = {
      ...emptyAuth(),
      receiver: [
        receiver(
          [
            ['dmarc', 'fail'],
            ['spf', 'fail'],
          ],
          [{ 'header.from': 'Gmail.com' }, { 'smtp.mailfrom': 'someone@gmail.com' }],
        ),
      ],
    };
    expect(authFindings(auth, 'gmail.com').map((x) => x.params.domain)).toEqual(['gmail.com', 'gmail.com']);
  });
  it("an SPF failure beside the same receiver's DKIM pass of that organisation is information (a forwarder broke SPF)", () => {
    const spfFail = (signer: string) => ({
      ...emptyAuth(),
      receiver: [
        receiver(
          [
            ['dkim', 'pass'],
            ['spf', 'fail'],
          ],
          [{ 'header.i': signer }, { 'smtp.mailfrom': '0101@us-west-2.amazonses.com' }],
        ),
      ],
    });
    const forwarded = authFindings(spfFail('@amazonses.com'), 'sns.amazonaws.com');
    expect(forwarded.map((x) => [x.id, x.severity])).toEqual([['auth-results-fail', 'info']]);
    // a DKIM pass of another organisation (the phisher's own signature) does not vouch for the failed SPF domain
    const spoofed = authFindings(spfFail('@evil.example'), 'sns.amazonaws.com');
    expect(spoofed.map((x) => [x.id, x.severity])).toEqual([['auth-results-fail', 'high']]);
  });
  it('DMARC fail is high, but medium on a mailing-list post (lists break SPF/DKIM)', () => {
    const auth = { ...emptyAuth(), receiver: [receiver([['dmarc', 'fail']])] };
    expect(authFindings(auth, 'example.org')[0]?.severity).toBe('high');
    expect(authFindings(auth, 'example.org', { mailingList: true })[0]?.severity).toBe('medium');
  });
  it('passes produce nothing', () => {
    expect(
      authFindings(
        {
          ...emptyAuth(),
          receiver: [
            receiver([
              ['dmarc', 'pass'],
              ['compauth', 'pass'],
            ]),
          ],
        },
        'example.org',
      ),
    ).toEqual([]);
  });
});
