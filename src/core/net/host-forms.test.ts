import fc from 'fast-check';
import { hostForms } from './host-forms.js';

describe('hostForms', () => {
  it('reads hosts, URLs and addresses', () => {
    expect(hostForms('Mail.Example.co.jp')).toMatchObject({ ascii: 'mail.example.co.jp', icannDomain: 'example.co.jp', path: '/' });
    expect(hostForms('https://kagoya-x.azurefd.net/login/index.html?x=1')).toMatchObject({
      ascii: 'kagoya-x.azurefd.net',
      icannDomain: 'azurefd.net',
      privateDomain: 'kagoya-x.azurefd.net',
      path: '/login/index.html',
    });
    expect(hostForms('http://www.example.com')?.path).toBe('/');
    expect(hostForms('http://www.example.com/a/../b/./c')?.path).toBe('/b/c');
    expect(hostForms('http://www.example.com/a b"c')?.path).toBe('/a%20b%22c');
    expect(hostForms('http://user@www.example.com:8080/x')).toMatchObject({ ascii: 'www.example.com', path: '/x' });
    expect(hostForms('mailto:someone@Example.org')?.ascii).toBe('example.org');
    expect(hostForms('http://10.1.2.3/')).toBeNull();
  });
  it('gives the WHATWG URL parser host and path of any http(s) URL', () => {
    const piece = fc.constantFrom(
      ...[
        'a',
        'B',
        '0',
        '.',
        '-',
        '/',
        '/.',
        '/..',
        '%2e',
        '%2E',
        '%',
        '?',
        '#',
        ':',
        '@',
        '\\',
        ' ',
        '^',
        '|',
        '`',
        '{',
        '"',
        'xn--',
        'ü',
        '~',
        "'",
      ],
    );
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'HTTPS://'), fc.array(piece, { minLength: 1, maxLength: 14 }), (scheme, parts) => {
        const input = scheme + parts.join('');
        let u: URL | null = null;
        try {
          u = new URL(input);
        } catch {
          /* not a URL */
        }
        const host = u?.hostname.replace(/\.$/, '');
        const f = hostForms(input);
        if (f === null) return;
        expect(f.ascii).toBe(host);
        expect(f.path).toBe(u?.pathname);
      }),
      { numRuns: 5000 },
    );
  });
});
