import { registrableDomain, icannRegistrableDomain, domainOfAddress } from './registrable.js';

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
