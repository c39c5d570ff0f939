import { addr, makeMessage } from '../test-message.js';
import { lureText } from '../lures/normalize.js';
import type { LinkInfo } from '../../model/link.js';
import { t } from '../../i18n/index.js';
import { moneyBaitFindings } from './money-bait.js';
import { callbackFindings } from './callback.js';
import { recipientNameFindings } from './recipient-name.js';
import { placeholderFindings } from './placeholders.js';
import { subjectBrandFindings } from './brand-subject.js';
import { htmlAttachmentFindings } from './html-attachment.js';
import { scamFindings } from './index.js';

const norm = (s: string) => lureText('', s, '');

describe('money-bait', () => {
  it('advance-fee with a push to reply: medium', () => {
    const f = moneyBaitFindings(norm('I need to confide in you about a business proposal. Please get back to me.'));
    expect(f[0]?.severity).toBe('medium');
    expect(String(f[0]?.params['kinds'])).toContain('advance-fee');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('お金');
  });
  it('password handed out for a funded bitcoin account: high', () => {
    const f = moneyBaitFindings(norm('Your bitcoin portfolio has been funded with 75 BTC.\nLogin ID: 1234 Password: abc12345'));
    expect(f[0]?.severity).toBe('high');
    expect(f[0]?.params['reason']).toBe('given-password');
  });
  it('airdrop with connect wallet: high', () => {
    expect(moneyBaitFindings(norm('Claim your airdrop now. Just connect your wallet.'))[0]?.severity).toBe('high');
  });
  it('a deposit announced to a stranger, with a push: medium', () => {
    expect(moneyBaitFindings(norm('Funds have been deposited today $2268.24. Join now and click here.'))[0]?.severity).toBe('medium');
  });
  it('news about investments without a push, and ordinary mail: nothing', () => {
    expect(moneyBaitFindings(norm('The fund reported passive income figures for 2024.'))).toEqual([]);
    expect(moneyBaitFindings(norm('Meeting notes: we will merge the patch next week.'))).toEqual([]);
    expect(moneyBaitFindings(norm('Attached is our business proposal for the workshop; click the link to register.'))).toEqual([]);
    expect(moneyBaitFindings(norm('Make sure to have a great day and start early.'))).toEqual([]);
  });
});

describe('callback-invoice', () => {
  it('renewal charge with a phone number to call: medium', () => {
    const text = norm(
      'Your subscription has been renewed. A payment of $299.00 has been processed. Questions? Call Billing Support at +1 818-916-0340.',
    );
    const f = callbackFindings(text);
    expect(f[0]?.severity).toBe('medium');
    expect(String(f[0]?.params['phone'])).toContain('818-916-0340');
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('call-back');
  });
  it('a receipt without a phone number, or a phone number without a charge: nothing', () => {
    expect(callbackFindings(norm('Your order has been confirmed. Total $19.99. See your account online.'))).toEqual([]);
    expect(callbackFindings(norm('Call me at 555-123-4567 about lunch.'))).toEqual([]);
    expect(callbackFindings(norm('Your order has been confirmed. Total $42.00. Questions? Call us at 1-800-555-0100.'))).toEqual([]);
  });
});

describe('recipient-address-as-name', () => {
  const to = [addr('jane@example.org')];
  it('address in the subject or the greeting: low', () => {
    const s = recipientNameFindings(makeMessage({ to, subject: 'jane@example.org: parcel waiting' }), '');
    expect(s[0]?.params['field']).toBe('subject');
    const g = recipientNameFindings(makeMessage({ to, subject: 'Hello' }), 'dear jane@example.org, your invoice');
    expect(g[0]?.params['field']).toBe('greeting');
    expect(g[0]?.severity).toBe('low');
  });
  it('address in a footer ("sent to") is not a greeting', () => {
    expect(recipientNameFindings(makeMessage({ to, subject: 'News' }), 'this message was sent to jane@example.org')).toEqual([]);
  });
});

describe('template-placeholder', () => {
  it('unfilled kit fields count, ordinary hashes do not', () => {
    expect(placeholderFindings('#CRYPTO#', '')[0]?.params['placeholder']).toBe('#CRYPTO#');
    expect(placeholderFindings('Hello', 'Dear {{first_name}},')[0]?.params['field']).toBe('text');
    expect(placeholderFindings('Issue #1234 fixed', 'see #define FOO and C# code')).toEqual([]);
  });
});

describe('subject-brand-elsewhere / lure-brand-elsewhere', () => {
  const ctx = () => ({ mailingList: false, lured: false, body: '' });
  const link = (host: string): LinkInfo =>
    ({ href: `https://${host}/`, target: `https://${host}/`, host, hostAscii: host, source: 'html', flags: [] }) as unknown as LinkInfo;
  it('brand in the subject, sender and links elsewhere: low', () => {
    const msg = makeMessage({ from: addr('x@random-shop.example', 'Deals'), subject: 'New files via WeTransfer' });
    const f = subjectBrandFindings(msg, [link('files.example.net')], ctx());
    expect(f[0]?.params['brand']).toBe('WeTransfer');
    expect(f[0]?.severity).toBe('low');
  });
  it('from the brand, linking to the brand, or on a mailing list: nothing', () => {
    expect(
      subjectBrandFindings(makeMessage({ from: addr('noreply@wetransfer.com'), subject: 'New files via WeTransfer' }), [], ctx()),
    ).toEqual([]);
    expect(
      subjectBrandFindings(
        makeMessage({ from: addr('x@shop.example'), subject: 'New files via WeTransfer' }),
        [link('wetransfer.com')],
        ctx(),
      ),
    ).toEqual([]);
    expect(
      subjectBrandFindings(makeMessage({ from: addr('x@shop.example'), subject: 'WeTransfer outage' }), [], {
        ...ctx(),
        mailingList: true,
      }),
    ).toEqual([]);
  });
  it('with a lure, a brand in the opening text counts (medium), also on a list; without one the body is not searched', () => {
    const msg = makeMessage({ from: addr('list@lists.example'), subject: 'Notice' });
    const lured = subjectBrandFindings(msg, [link('login.example.net')], {
      mailingList: true,
      lured: true,
      body: 'Your Coinbase account is locked',
    });
    expect(lured[0]?.id).toBe('lure-brand-elsewhere');
    expect(lured[0]?.severity).toBe('medium');
    expect(subjectBrandFindings(msg, [], { mailingList: false, lured: false, body: 'Your Coinbase account is locked' })).toEqual([]);
  });
  it('an ambiguous brand word counts only after "your"', () => {
    expect(subjectBrandFindings(makeMessage({ from: addr('x@shop.example'), subject: 'Norton Street party' }), [], ctx())).toEqual([]);
    expect(subjectBrandFindings(makeMessage({ from: addr('x@shop.example'), subject: 'Your Norton order' }), [], ctx())).toHaveLength(1);
  });
});

describe('html-attachment-script', () => {
  it('an attached page that decodes itself: high; a plain page: nothing', () => {
    const att = (text: string) => ({ filename: 'payment.html', mimeType: 'text/html', size: text.length, text });
    const f = htmlAttachmentFindings([att('<script>document.write(unescape("%3Chtml%3E"))</script>')]);
    expect(f[0]?.severity).toBe('high');
    expect(f[0]?.params['kind']).toBe('decode');
    expect(htmlAttachmentFindings([att('<p>Invoice 42</p>')])).toEqual([]);
  });
});

describe('scamFindings', () => {
  it('never throws on odd input', () => {
    expect(
      scamFindings({ msg: makeMessage({ subject: undefined as unknown as string }), links: [], mailingList: false, credentialLure: false }),
    ).toEqual([]);
  });
});

describe('hidden-text-in-words', () => {
  it('invisible fragments spliced between letters (twice or more): medium', async () => {
    const { hiddenTextFindings } = await import('./hidden-text.js');
    const html = 'Your A<span style="font-size:0px">X34Q</span>mazon Mem<span style="color:transparent">X34Q</span>bership';
    const f = hiddenTextFindings(html);
    expect(f[0]?.severity).toBe('medium');
    expect(f[0]?.params['count']).toBe(2);
  });
  it('a hidden preheader line before the content is not spliced into words', async () => {
    const { hiddenTextFindings } = await import('./hidden-text.js');
    expect(
      hiddenTextFindings('<div style="display:none">Preview text</div><p>Hello <span style="display:none">x</span> world</p>'),
    ).toEqual([]);
  });
});
