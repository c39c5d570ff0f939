import fc from 'fast-check';
import { shownHostOf } from './shown-host.js';
import { normalizeVisible } from '../../text/normalize-text.js';

describe('shownHostOf', () => {
  it('finds the host of a URL or domain in link text', () => {
    expect(shownHostOf('https://www.kagoya.com/support/password')).toBe('www.kagoya.com');
    expect(shownHostOf('Log in at www.paypal.com now')).toBe('www.paypal.com');
    expect(shownHostOf('amazon.co.jp')).toBe('amazon.co.jp');
  });
  it('reads fullwidth and invisible-character obfuscation', () => {
    expect(shownHostOf('ｗｗｗ．ｋａｇｏｙａ．ｊｐ')).toBe('www.kagoya.jp');
    expect(shownHostOf('pay\u200bpal.com')).toBe('paypal.com');
  });
  it('ignores plain words, file names and e-mail addresses', () => {
    expect(shownHostOf('Click here')).toBeNull();
    expect(shownHostOf('setup.py')).toBeNull();
    expect(shownHostOf('index.html')).toBeNull();
    expect(shownHostOf('write to info@example.jp')).toBeNull();
    expect(shownHostOf(null)).toBeNull();
  });
  it('a capitalised trading name inside a headline is not a shown address; alone or lower-case it is', () => {
    expect(shownHostOf('News.com: Top CIOs')).toBeNull();
    expect(shownHostOf('PayPal.com')).toBe('paypal.com');
    expect(shownHostOf('sign in at paypal.com')).toBe('paypal.com');
  });
  it('text showing a mail-security wrapper names the site the wrapper opens (issue #12)', () => {
    const wrapped = 'https://nor01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2F1x&data=05';
    expect(shownHostOf(wrapped)).toBe('drive.google.com');
    // a redirect in the text shows where it leads, so text and link are compared by destination
    expect(shownHostOf('https://www.google.com/url?q=https://paypal.com/signin')).toBe('paypal.com');
  });
  it('text whose visible form has no dot and no slash shows no host', () => {
    const piece = fc.constantFrom('a', 'Z', '1', ' ', '-', '\u200b', '．', '／', '。', '・', 'ｗ', 'é', '@', ':', '\n', 'www', 'http');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const visible = normalizeVisible(text);
        if (!visible.includes('.') && !visible.includes('/')) expect(shownHostOf(text)).toBeNull();
      }),
      { numRuns: 3000 },
    );
    expect(shownHostOf('www．example．com')).toBe('www.example.com');
  });
});
