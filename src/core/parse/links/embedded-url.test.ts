import { decodeCarriedUrl, embeddedUrl } from './embedded-url.js';
import { unwrapUrl } from './unwrap.js';

const b64 = (s: string) => btoa(s);
const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('decodeCarriedUrl', () => {
  it('reads plain, percent-encoded (once and twice) and base64 values', () => {
    expect(decodeCarriedUrl('https://a.example/x')).toEqual({ url: 'https://a.example/x', encoding: 'plain' });
    expect(decodeCarriedUrl(encodeURIComponent('https://a.example/x?y=1'))?.url).toBe('https://a.example/x?y=1');
    expect(decodeCarriedUrl(encodeURIComponent(encodeURIComponent('https://a.example/x')))).toEqual({
      url: 'https://a.example/x',
      encoding: 'percent',
    });
    expect(decodeCarriedUrl(b64('https://a.example/login?x=1'))).toEqual({ url: 'https://a.example/login?x=1', encoding: 'base64' });
    expect(decodeCarriedUrl(b64url('https://a.example/??>>'))?.url).toBe('https://a.example/??>>');
    expect(decodeCarriedUrl('a1' + b64url('https://a.example/p'))?.url).toBe('https://a.example/p');
  });
  it('refuses what is not an absolute http(s) URL', () => {
    for (const v of [
      '/account',
      'javascript:alert(1)',
      'mailto:a@b.example',
      'hello',
      'https://',
      'ftp://a.example/',
      '',
      'xxxxxx' + b64('https://a.example/'),
    ]) {
      expect(decodeCarriedUrl(v)).toBeNull();
    }
    expect(decodeCarriedUrl('https://a.example/' + 'x'.repeat(5000))).toBeNull();
  });
});

describe('embeddedUrl', () => {
  it('finds the destination in a query parameter, named redirect parameters first', () => {
    const u = new URL('https://site.example/r?ref=https%3A%2F%2Fother.example%2F&url=https%3A%2F%2Fdest.example%2Fa');
    expect(embeddedUrl(u)).toEqual({ url: 'https://dest.example/a', encoding: 'percent', where: '?url' });
    expect(embeddedUrl(new URL('https://site.example/redirect?foo=https%3A%2F%2Fother.example%2F'))?.where).toBe('?foo');
    expect(embeddedUrl(new URL('https://site.example/page.php?foo=https%3A%2F%2Fother.example%2F'))).toBeNull();
    expect(
      embeddedUrl(new URL('https://203.0.113.9/ap/signin?openid.return_to=https%3A%2F%2Fshop.example%2F&url=https://shop.example/')),
    ).toBeNull();
    expect(embeddedUrl(new URL('https://site.example/out?https://bare.example/'))?.url).toBe('https://bare.example/');
  });
  it('reads the fragment, Yahoo RU= path parameters, path segments and base64 segments', () => {
    expect(embeddedUrl(new URL('https://site.example/page#https://frag.example/x'))?.url).toBe('https://frag.example/x');
    const yahoo =
      'https://r.search.yahoo.com/_ylt=AwrX;_ylu=Y29s/RV=2/RE=1700000000/RO=10/RU=https%3a%2f%2fyh.example%2flogin/RK=2/RS=abc-';
    expect(embeddedUrl(new URL(yahoo))?.url).toBe('https://yh.example/login');
    expect(embeddedUrl(new URL('https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Fsale%3Fa=1/1/0100abc/XYZ=123'))?.url).toBe(
      'https://shop.example/sale?a=1',
    );
    expect(embeddedUrl(new URL('https://go.example/away/https://plain.example/p?q=1'))?.url).toBe('https://plain.example/p?q=1');
    expect(embeddedUrl(new URL(`https://go.example/c/${b64url('https://seg.example/p')}`))?.url).toBe('https://seg.example/p');
  });
  it('reads a destination between star marks in a click-through path (a counter that then sends you there)', () => {
    const click =
      'http://www.counter.example/mm/Clickthrough/23317062/27021558/uBn6_sdjVJ8D/*http://www.shop.example*http://www.shop.example';
    expect(embeddedUrl(new URL(click))?.url).toBe('http://www.shop.example');
    expect(embeddedUrl(new URL('https://c.example/r/*https://shop.example/sale'))?.url).toBe('https://shop.example/sale');
    // a star that does not open a URL, or a URL that is not absolute: nothing
    expect(embeddedUrl(new URL('https://site.example/files/*notes*/x'))).toBeNull();
    expect(embeddedUrl(new URL('https://site.example/a/*http:/x*'))).toBeNull();
  });
  it('finds nothing in ordinary URLs', () => {
    expect(embeddedUrl(new URL('https://site.example/a/b?id=7&utm_source=news#section-2'))).toBeNull();
  });
});

describe('unwrapUrl with generic redirects', () => {
  it('follows a search engine click URL (Bing base64url behind a prefix) and records the chain', () => {
    const r = unwrapUrl(`https://www.bing.com/ck/a?!&&p=abc&ptn=3&u=a1${b64url('https://evil.example/login')}&ntb=1`);
    expect(r.target).toBe('https://evil.example/login');
    expect(r.unwrapped).toEqual(['www.bing.com']);
    expect(r.redirects).toEqual(['www.bing.com']);
  });
  it('follows open redirects nested inside known wrappers; public redirectors count as redirects, security wrappers not', () => {
    const inner = encodeURIComponent(
      `https://www.google.com/url?q=${encodeURIComponent('https://open.example/redirect?next=https://final.example/x')}`,
    );
    const r = unwrapUrl(`https://nam02.safelinks.protection.outlook.com/?url=${inner}&data=x`);
    expect(r.target).toBe('https://final.example/x');
    expect(r.unwrapped).toEqual(['nam02.safelinks.protection.outlook.com', 'www.google.com', 'open.example']);
    expect(r.redirects).toEqual(['www.google.com', 'open.example']);
  });
  it('stops at the hop limit and says so', () => {
    let url = 'https://end.example/';
    for (let i = 0; i < 8; i++) url = `https://hop${i}.example/r?u=${encodeURIComponent(url)}`;
    const r = unwrapUrl(url, 3);
    expect(r.unwrapped).toHaveLength(3);
    expect(r.truncated).toBe(true);
    expect(r.target).toContain('hop4.example');
    expect(unwrapUrl(url).unwrapped).toHaveLength(5);
  });
  it('does not loop on a URL that carries itself', () => {
    const r = unwrapUrl('https://a.example/r?u=https://a.example/r');
    expect(r.unwrapped.length).toBeLessThanOrEqual(5);
  });
});
