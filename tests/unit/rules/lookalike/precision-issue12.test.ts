// Precision rules of issue #12, stated generally: short brand names are not matched by a replaced letter, plain-word
// brand labels (windows) not inside ordinary words, and brands own their secondary domains.
import { defaultEngine } from '../../../../src/core/rules/lookalike/index.js';
import { entityOwningDomain } from '../../../../src/core/reference/brands/index.js';

const e = defaultEngine();

describe('lookalike precision (issue #12)', () => {
  it('a replaced letter in a short brand name is another name, not a lookalike', () => {
    for (const h of ['tesco.ie', 'www.tesco.ie', 'email-server.info', 'a-static.mlcdn.com.br']) expect(e.match(h), h).toBeNull();
  });
  it('an added letter or a visual change still is', () => {
    expect(e.match('myjcbs.com')?.entityId).toBe('jcb');
    expect(e.match('paypa1.com')?.entityId).toBe('paypal');
    expect(e.match('arnazon.co.jp')?.entityId).toBe('amazon');
  });
  it('a brand label that is a plain word is not found inside an ordinary word or by one letter', () => {
    expect(e.match('windowsdaily.lockergnome.com')).toBeNull();
    expect(e.match('www.lindows.com')).toBeNull();
  });
  it('brands own their secondary domains', () => {
    expect(entityOwningDomain('apple.com.au')?.id).toBe('apple');
    expect(entityOwningDomain('android.googlesource.com')?.id).toBe('google');
    expect(e.match('www.apple.com.au')).toBeNull();
    expect(e.match('android.googlesource.com')).toBeNull();
  });
});

describe('short brand names inside ordinary words (issue #12)', () => {
  it('a three-letter brand after a keyword is a word ending, not a brand', () => {
    for (const h of ['mailing.example.com', 'news.mailing.example.com']) expect(e.match(h), h).toBeNull();
  });
  it('brand first, or separated by a hyphen, still counts', () => {
    expect(e.match('dhlverify.com')?.entityId).toBe('dhl');
    expect(e.match('jcb-login.com')?.entityId).toBe('jcb');
  });
});
