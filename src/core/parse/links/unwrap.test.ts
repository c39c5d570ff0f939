import { unwrapUrl } from './unwrap.js';

describe('unwrapUrl', () => {
  it('unwraps Microsoft Safe Links', () => {
    const r = unwrapUrl('https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Flogin&data=05%7C01&reserved=0');
    expect(r.target).toBe('https://evil.example/login');
    expect(r.unwrapped).toEqual(['nam02.safelinks.protection.outlook.com']);
  });
  it('unwraps Proofpoint v1, v2 and v3', () => {
    expect(unwrapUrl('https://urldefense.proofpoint.com/v1/url?u=http%3A%2F%2Fa.example%2Fp&k=x').target).toBe('http://a.example/p');
    expect(unwrapUrl('https://urldefense.proofpoint.com/v2/url?u=https-3A__b.example_login-3Fid-3D1&d=DwM&c=x').target).toBe(
      'https://b.example/login?id=1',
    );
    // v3: `*` takes the next character from the base64url blob ("?" then "=" -> "Pz0").
    expect(unwrapUrl('https://urldefense.com/v3/__https://c.example/login*id*1__;Pz0!!ABC$').target).toBe('https://c.example/login?id=1');
    // `**A` is a run of two characters ("?=" again).
    expect(unwrapUrl('https://urldefense.com/v3/__https://c.example/p**A1__;Pz0!!x').target).toBe('https://c.example/p?=1');
  });
  it('unwraps Google redirects and nested wrappers, outermost first', () => {
    const inner = encodeURIComponent('https://www.google.com/url?q=https://d.example/x&sa=D');
    const r = unwrapUrl(`https://eur01.safelinks.protection.outlook.com/?url=${inner}`);
    expect(r.target).toBe('https://d.example/x');
    expect(r.unwrapped).toEqual(['eur01.safelinks.protection.outlook.com', 'www.google.com']);
  });
  it('records Mimecast as opaque and leaves the URL', () => {
    const r = unwrapUrl('https://protect-eu.mimecast.com/s/AbCdEf?domain=e.example');
    expect(r.opaque).toBe(true);
    expect(r.unwrapped).toEqual(['protect-eu.mimecast.com']);
    expect(r.target).toContain('mimecast.com');
  });
  it('leaves ordinary and malformed URLs alone', () => {
    expect(unwrapUrl('https://example.org/?id=12&lang=en#top').unwrapped).toEqual([]);
    expect(unwrapUrl('https://example.org/?next=/account').target).toBe('https://example.org/?next=/account');
    expect(unwrapUrl('https://nam02.safelinks.protection.outlook.com/?url=javascript:alert(1)').target).toContain('safelinks');
    expect(unwrapUrl('not a url').target).toBe('not a url');
  });
});
