import { samePersonReplyTo } from './same-person-reply.js';
import { addr, makeMessage } from '../test-message.js';
import { senderRelationFindings } from './sender-relations.js';

const same = (from: string, replyTo: string) => samePersonReplyTo(from, replyTo, replyTo.split('@')[1]!, from.split('@')[1]!);

describe('same-person Reply-To', () => {
  it("a personal mailbox name at the person's own other domain is the same person", () => {
    expect(same('guterman@news.platform.example', 'guterman@vineyard.example')).toBe(true);
    expect(same('Craig@hughes-family.example', 'craig@alumni.example')).toBe(true);
  });
  it('role names, free-mail drop boxes, look-alike domains and different names are not', () => {
    expect(same('info@shop.example', 'info@test.example')).toBe(false);
    expect(same('no-reply@a.example', 'no-reply@b.example')).toBe(false);
    expect(same('john@acme.example', 'john@gmail.com')).toBe(false);
    expect(same('john@acme.example', 'john@acme-billing.example')).toBe(false);
    expect(same('john@acmecorp.example', 'john@acmeco.example')).toBe(false);
    expect(same('john@acme.example', 'mary@other.example')).toBe(false);
  });
  it('makes reply-to-mismatch low, never removes it', () => {
    const msg = (replyTo: string) =>
      makeMessage({
        from: addr('guterman@news.platform.example', 'Media'),
        fromAll: [addr('guterman@news.platform.example', 'Media')],
        replyTo: [addr(replyTo, 'Media')],
      });
    const sev = (replyTo: string) => senderRelationFindings(msg(replyTo)).find((f) => f.id === 'reply-to-mismatch')?.severity;
    expect(sev('guterman@vineyard.example')).toBe('low');
    expect(sev('payments@vineyard.example')).toBe('medium');
  });
});
