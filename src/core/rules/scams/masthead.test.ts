import { subjectHasOwnMasthead } from './masthead.js';

describe("a newsletter's own masthead in its subject (issue #12)", () => {
  it('finds the sender name as a leading tag or a trailing bracketed tag', () => {
    expect(subjectHasOwnMasthead('CNET News.com Daily Dispatch', 'CNET NEWS.COM: Microsoft reveals media XP details')).toBe(true);
    expect(subjectHasOwnMasthead('AnchorDesk', 'How Microsoft plans to take over your living room [ANCHORDESK]')).toBe(true);
    expect(subjectHasOwnMasthead('ZDNet Tech Update Today', 'Bridging the gap between Liberty and Microsoft (Tech Update)')).toBe(true);
  });
  it('phishing: a brand tag the sender name does not carry is no masthead', () => {
    expect(subjectHasOwnMasthead('Security Updates', 'Coinbase: Was this you?')).toBe(false);
    expect(subjectHasOwnMasthead('Seu Gerente', '[Bradesco Saúde] (1) motivo para ser nosso cliente')).toBe(false);
    expect(subjectHasOwnMasthead('PayPal', '- Alert on Microsoft Internet Explorer - Account compromised !')).toBe(false);
    expect(subjectHasOwnMasthead('', 'Netflix: your account')).toBe(false);
  });
});
