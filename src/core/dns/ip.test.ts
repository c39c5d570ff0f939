import { formatIp, ipInCidr, normalizeIp, parseIp, reverseName } from './ip.js';

describe('ip helpers', () => {
  it('reverseName for IPv4 and IPv6 (RFC 1035 3.5, RFC 3596 2.5)', () => {
    expect(reverseName('52.140.204.1')).toBe('1.204.140.52.in-addr.arpa');
    expect(reverseName('2001:db8::567:89ab')).toBe('b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
    expect(reverseName('::ffff:203.142.206.14')).toBe('14.206.142.203.in-addr.arpa');
    expect(reverseName('not-an-ip')).toBeNull();
    expect(reverseName('1.2.3.04')).toBeNull();
    expect(reverseName('1.2.3.256')).toBeNull();
  });
  it('canonical IPv6 text (RFC 5952)', () => {
    expect(normalizeIp('2001:DB8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(normalizeIp('::')).toBe('::');
    expect(normalizeIp('1::')).toBe('1::');
    expect(normalizeIp('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(normalizeIp('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(normalizeIp('1::2::3')).toBeNull();
    const p = parseIp('fe80::1');
    expect(p && formatIp(p)).toBe('fe80::1');
  });
  it('CIDR containment', () => {
    expect(ipInCidr('52.140.204.1', '52.136.0.0/13')).toBe(true);
    expect(ipInCidr('52.144.0.1', '52.136.0.0/13')).toBe(false);
    expect(ipInCidr('127.255.255.254', '127.255.255.0/24')).toBe(true);
    expect(ipInCidr('2001:db8::1', '2001:db8::/32')).toBe(true);
    expect(ipInCidr('2001:db9::1', '2001:db8::/32')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.4')).toBe(true);
    expect(ipInCidr('1.2.3.4', '::/0')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.0/33')).toBe(false);
  });
});
