import { addr, makeMessage } from '../test-message.js';
import { senderRelationFindings } from './sender-relations.js';
import { sameOwner } from './same-owner.js';

const replyTo = (from: string, reply: string) =>
  senderRelationFindings(makeMessage({ from: addr(from), replyTo: [addr(reply)] })).filter((f) => f.id === 'reply-to-mismatch');

describe("an organisation's secondary domains (issue #12)", () => {
  it('knows two domains of one brand of the pack, and nothing about domains no entry ties together', () => {
    expect(sameOwner('dion.ne.jp', 'auone-net.jp')).toBe(true);
    expect(sameOwner('paypal.com', 'venmo.com')).toBe(true);
    expect(sameOwner('paypal.com', 'paypal-support.com')).toBe(false);
    expect(sameOwner('unknown-a.com', 'unknown-b.com')).toBe(false);
  });
  it('a Reply-To at another domain of the same organisation is no reply-to mismatch', () => {
    expect(replyTo('no-reply@00000000000000.dion.ne.jp', 'no-reply@app.auone-net.jp')).toEqual([]);
  });
  it('phishing: a Reply-To outside the brand it sends as is still a mismatch', () => {
    expect(replyTo('service@paypal.com', 'service@paypal-support.com').map((f) => f.severity)).toEqual(['medium']);
    expect(replyTo('no-reply@auone-net.jp', 'kddi.support@gmail.com').map((f) => f.severity)).toEqual(['medium']);
  });
  it("a Reply-To naming the recipient's own address is no mismatch: replies go to the reader", () => {
    const reader = 'jost.krieger+news@uni.example.de';
    const msg = makeMessage({ from: addr('mailer@newsletter.example.com'), to: [addr(reader)], replyTo: [addr(reader)] });
    expect(senderRelationFindings(msg).filter((f) => f.id === 'reply-to-mismatch')).toEqual([]);
    // another address at the reader's domain is still someone else
    const other = makeMessage({
      from: addr('mailer@newsletter.example.com'),
      to: [addr(reader)],
      replyTo: [addr('it-desk@uni.example.de')],
    });
    expect(
      senderRelationFindings(other)
        .filter((f) => f.id === 'reply-to-mismatch')
        .map((f) => f.severity),
    ).toEqual(['medium']);
  });
});
