import fc from 'fast-check';
import { registrableDomain, icannRegistrableDomain, domainOfAddress, registrableDomainOf, toAsciiHost } from './registrable.js';

describe('registrable domains', () => {
  it('treats tenants of shared hosts as their own registrable domain', () => {
    expect(registrableDomain('mail.kagoya.net')).toBe('kagoya.net');
    expect(registrableDomain('www.example.co.jp')).toBe('example.co.jp');
    expect(registrableDomain('foo.github.io')).toBe('foo.github.io');
    expect(icannRegistrableDomain('foo.github.io')).toBe('github.io');
    expect(registrableDomain('')).toBeNull();
  });
  it('takes the domain of an address', () => {
    expect(domainOfAddress('bounce-4821@Mail.Kagoya.JP')).toBe('mail.kagoya.jp');
    expect(domainOfAddress('nobody')).toBeNull();
    expect(domainOfAddress('x@')).toBeNull();
  });
});

describe('toAsciiHost', () => {
  const viaUrl = (h: string): string | null => {
    try {
      return new URL(`http://${h}/`).hostname;
    } catch {
      return null;
    }
  };
  it('answers like the WHATWG host parser, also for the plain names it skips the parser for', () => {
    const piece = fc.constantFrom('a', 'z', '0', '9', '-', '.', 'xn--', 'xn--bcher-kva', '0x1f', '123', 'com', 'B', 'ü', '_', '..');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (parts) => {
        const h = parts.join('');
        expect(toAsciiHost(h)).toBe(viaUrl(h));
      }),
      { numRuns: 5000 },
    );
    for (const h of [
      'mail.example.com',
      'a-b.c0',
      '1.2.3',
      'x.0x10',
      'xn--bcher-kva.example',
      `${'a'.repeat(64)}.com`,
      `${'a.'.repeat(130)}com`,
    ])
      expect(toAsciiHost(h)).toBe(viaUrl(h));
  });
  it('gives registrable domains in Unicode form', () => {
    expect(registrableDomainOf('Mail.Example.co.jp.')).toBe('example.co.jp');
    expect(registrableDomainOf('www.xn--bcher-kva.example')).toBe('bücher.example');
    expect(registrableDomainOf('10.1.2.3')).toBeNull();
  });
});
