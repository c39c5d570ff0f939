import { readFileSync } from 'node:fs';
import { addr, hdr, makeMessage, messageFromEml } from '../test-message.js';
import { senderRelationFindings } from './sender-relations.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/eml/${name}`, import.meta.url));
const ids = (f: { id: string; severity: string }[]) => f.map((x) => `${x.id}:${x.severity}`);

describe('senderRelationFindings', () => {
  it('kagoya samples: nothing (Return-Path and Message-ID agree with From)', async () => {
    expect(senderRelationFindings(await messageFromEml(readFileSync(`${SHARED}/samples/kagoya-phish.eml`)))).toEqual([]);
    expect(senderRelationFindings(await messageFromEml(readFileSync(`${SHARED}/samples/kagoya-legit.eml`)))).toEqual([]);
  });
  it('free-mail Reply-To, foreign Return-Path and Message-ID, brand name on free mail', async () => {
    const msg = await messageFromEml(fixture('reply-to-freemail.eml'));
    const f = senderRelationFindings(msg, { brandOfName: (n) => (/paypal/i.test(n) ? { name: 'PayPal', domains: ['paypal.com'] } : null) });
    expect(ids(f)).toEqual([
      'reply-to-mismatch:medium',
      'return-path-mismatch:info',
      'message-id-domain-mismatch:info',
      'from-free-mail-brand-name:high',
    ]);
    expect(f[0]!.params).toMatchObject({ replyTo: 'urgent.ceo.office@outlook.com', freeMail: 'yes' });
  });
  it('uses the shipped brand pack by default; a provider on its own domain is not a claim', async () => {
    const f = senderRelationFindings(await messageFromEml(fixture('reply-to-freemail.eml')));
    expect(ids(f)).toContain('from-free-mail-brand-name:high');
    // A brand word that is also a given name stays medium.
    const chase = makeMessage({
      from: addr('chase.miller@gmail.com', 'Chase Miller'),
      fromAll: [addr('chase.miller@gmail.com', 'Chase Miller')],
    });
    expect(ids(senderRelationFindings(chase))).toContain('from-free-mail-brand-name:medium');
    const own = senderRelationFindings(makeMessage({ from: addr('x@gmail.com', 'Gmail'), fromAll: [addr('x@gmail.com', 'Gmail')] }), {
      brandOfName: () => ({ name: 'Google', domains: ['google.com', 'gmail.com'] }),
    });
    expect(own).toEqual([]);
  });

  it('mailing-list posts and ESP newsletters are not reported', async () => {
    expect(senderRelationFindings(await messageFromEml(fixture('mailing-list-post.eml')))).toEqual([]);
    expect(senderRelationFindings(await messageFromEml(fixture('newsletter-esp.eml')))).toEqual([]);
  });
  it('ESP bounce domains, SRS and same-organisation bounce subdomains are normal', () => {
    const base = { from: addr('news@shop.example'), fromAll: [addr('news@shop.example')] };
    expect(senderRelationFindings(makeMessage({ ...base, returnPath: 'bounce@us-west-2.amazonses.com' }))).toEqual([]);
    expect(senderRelationFindings(makeMessage({ ...base, returnPath: 'SRS0=abc=de=shop.example=news@fwd.example' }))).toEqual([]);
    expect(
      senderRelationFindings(makeMessage({ ...base, returnPath: 'b-1@bounce.shop.example', messageId: '<1@mail.gmail.com>' })),
    ).toEqual([]);
  });
  it('multiple From fields or addresses are high (RFC 5322 3.6)', () => {
    const two = [addr('a@x.example'), addr('b@y.example')];
    expect(ids(senderRelationFindings(makeMessage({ from: two[0]!, fromAll: two })))).toEqual(['multiple-from:high']);
    const headers = [hdr('From', 'a@x.example'), hdr('From', 'b@y.example')];
    expect(senderRelationFindings(makeMessage({ headers, from: two[0]!, fromAll: [two[0]!] }))[0]?.params['count']).toBe(2);
  });
  it('malformed values do not throw', () => {
    expect(() => senderRelationFindings(makeMessage({ from: addr('broken'), returnPath: '<>', messageId: '<@>' }))).not.toThrow();
  });
});
