import fc from 'fast-check';
import {
  DNS_IP_SYNTAX,
  RECEIVED_IP_SYNTAX,
  cidrMatcher,
  formatIp,
  ipDotted,
  ipInCidr,
  isLoopbackIp,
  isNonPublicIp,
  normalizeIp,
  normalizeReceivedIp,
  parseIPv4,
  parseIPv6,
  parseIp,
  prefixMatch,
  reverseName,
  reverseNameOfText,
  reversedLabels,
  type IpBytes,
} from './ip.js';

const bytesOf = (p: IpBytes | Uint8Array | null): string | null => (p === null ? null : Array.from('bytes' in p ? p.bytes : p).join(','));
const STRICT_QUAD = /^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$/;
const v6Bytes = fc.uint8Array({ minLength: 16, maxLength: 16 });

describe('parse (RFC 4291 2.2, RFC 7208 dotted quads)', () => {
  it('strict dotted quads: no leading zeros, no inet_aton forms, 0-255', () => {
    expect(bytesOf(parseIPv4('52.140.204.1'))).toBe('52,140,204,1');
    expect(bytesOf(parseIPv4('0.0.0.0'))).toBe('0,0,0,0');
    for (const bad of ['1.2.3.04', '1.2.3.256', '1.2.3', '1.2.3.4.5', '0x7f.0.0.1', '127.1', '1.2.3.4 ', '', '١.2.3.4', '1.2.3.+4']) {
      expect(parseIPv4(bad)).toBeNull();
    }
  });
  it('IPv6 text: `::`, embedded IPv4, case, group count', () => {
    expect(bytesOf(parseIPv6('::'))).toBe(new Array(16).fill(0).join(','));
    expect(bytesOf(parseIPv6('::1.2.3.4'))).toBe('0,0,0,0,0,0,0,0,0,0,0,0,1,2,3,4');
    expect(bytesOf(parseIPv6('2001:DB8::1'))).toBe(bytesOf(parseIPv6('2001:0db8:0:0:0:0:0:0001')));
    for (const bad of [
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      ':::',
      ':1::2',
      '1::2:',
      '1:2:3:4:5:6:7',
      '12345::',
      '1:2:3:4:5:6::1.2.3.4',
      '::1.2.3',
      '1.2.3.4:1::',
      'fe80::1%eth0',
      'g::1',
      '::ffff:01.2.3.4',
    ]) {
      expect(parseIPv6(bad)).toBeNull();
    }
  });
  it('::ffff:a.b.c.d is IPv4 (RFC 4291 2.5.5.2, RFC 7208 5)', () => {
    expect(parseIp('::ffff:203.142.206.14')).toEqual({ family: 4, bytes: new Uint8Array([203, 142, 206, 14]) });
    expect(parseIp('::FFFF:cb8e:ce0e')?.family).toBe(4);
    expect(parseIp('::fffe:1.2.3.4')?.family).toBe(6);
  });
  it('a dotted quad before `::` is no address in any syntax (RFC 4291 2.2 (3))', () => {
    expect(parseIPv6('1.2.3.4::')).toBeNull();
    expect(parseIPv6('1.2.3.4::', DNS_IP_SYNTAX)).toBeNull();
    expect(parseIPv6('1.2.3.4::', RECEIVED_IP_SYNTAX)).toBeNull();
  });
  it('leading-zero octets and zone ids only with RECEIVED_IP_SYNTAX', () => {
    expect(bytesOf(parseIp('01.002.3.4', RECEIVED_IP_SYNTAX))).toBe('1,2,3,4');
    expect(bytesOf(parseIp('::ffff:010.0.0.1', RECEIVED_IP_SYNTAX))).toBe('10,0,0,1');
    expect(bytesOf(parseIp('fe80::1%eth0', RECEIVED_IP_SYNTAX))).toBe(bytesOf(parseIp('fe80::1')));
    expect(parseIp('1.2.3.4%eth0', RECEIVED_IP_SYNTAX)).toBeNull();
    expect(parseIp('1.2.3.1000', RECEIVED_IP_SYNTAX)).toBeNull();
  });
  it('strict parsing never accepts inet_aton forms (octal, hex, short)', () => {
    fc.assert(
      fc.property(fc.ipV4Extended(), (s) => {
        const p = parseIPv4(s);
        expect(p === null || STRICT_QUAD.test(s)).toBe(true);
      }),
    );
  });
});

describe('format and normalize (RFC 5952)', () => {
  it.each([
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['::', '::'],
    ['1::', '1::'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8:0:0:1:0:0:0', '2001:db8:0:0:1::'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    [' 10.0.0.1\t', '10.0.0.1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['1:2:3:4:5:6:7:8:9', null],
    ['1::2::3', null],
    ['mail.example.org', null],
  ])('normalizeIp(%j) = %j', (input, want) => {
    expect(normalizeIp(input)).toBe(want);
  });
  it('a single zero group is not compressed; IPv4-mapped bytes keep the hex form', () => {
    expect(formatIp({ family: 6, bytes: parseIPv6('1:0:2:3:4:5:6:7')! })).toBe('1:0:2:3:4:5:6:7');
    expect(formatIp({ family: 6, bytes: parseIPv6('::ffff:1.2.3.4')! })).toBe('::ffff:102:304');
  });
  it('round trip: any 16 bytes -> text -> the same bytes; the text is canonical and idempotent', () => {
    fc.assert(
      fc.property(v6Bytes, (bytes) => {
        const text = formatIp({ family: 6, bytes });
        expect(text).toMatch(/^[0-9a-f:]+$/);
        expect(text).not.toMatch(/(^|:)0[0-9a-f]/);
        expect(bytesOf(parseIPv6(text))).toBe(bytesOf(bytes));
        expect(normalizeIp(text)).toBe(parseIp(text)!.family === 4 ? Array.from(bytes.slice(12)).join('.') : text);
      }),
    );
  });
  it('round trip: generated IPv4 / IPv6 text normalizes to a fixed point with the same bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (s) => {
        const n = normalizeIp(s);
        expect(n).not.toBeNull();
        expect(normalizeIp(n!)).toBe(n);
        expect(bytesOf(parseIp(n!))).toBe(bytesOf(parseIp(s)));
        expect(normalizeIp(s.toUpperCase())).toBe(n);
      }),
    );
  });
  it('the three syntaxes agree on well-formed addresses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (s) => {
        const n = normalizeIp(s);
        expect(normalizeIp(s, DNS_IP_SYNTAX)).toBe(n);
        expect(normalizeIp(s, RECEIVED_IP_SYNTAX)).toBe(n);
        expect(normalizeReceivedIp(s)).toBe(n);
      }),
    );
  });
});

describe('Received-header addresses', () => {
  it.each([
    ['[1.2.3.4]', '1.2.3.4'],
    ['[1.2.3.4]:25', '1.2.3.4'],
    ['1.2.3.4:25', '1.2.3.4'],
    ['1.2.3.4.25', '1.2.3.4'],
    ['IPv6:2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[IPv6:2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['2001:db8:0:1:0:0:1:0', '2001:db8:0:1::1:0'],
    ['::1', '::1'],
    ['010.1.1.1', '10.1.1.1'],
    ['1.2.3.256', null],
    ['mail.example.org', null],
    ['deadbeef.cafe', null],
    [' [ipv6:fe80::1%eth0] ', 'fe80::1'],
    ['IPv6:[1.2.3.4]', null],
    ['[1.2.3.4]x', null],
    ['1:2:3', null],
    ['[]', null],
    [`[${'1:'.repeat(40)}]`, null],
  ])('normalizeReceivedIp(%j) = %j', (input, want) => {
    expect(normalizeReceivedIp(input)).toBe(want);
  });
  it('literal forms of any address normalize like the bare address', () => {
    fc.assert(
      fc.property(fc.ipV6(), fc.integer({ min: 1, max: 65535 }), (s, port) => {
        const n = normalizeIp(s);
        expect(normalizeReceivedIp(`[IPv6:${s}]`)).toBe(n);
        expect(normalizeReceivedIp(`[${s}]:${port}`)).toBe(n);
        expect(normalizeReceivedIp(`${s}%eth0`)).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 1, max: 65535 }), (s, port) => {
        expect(normalizeReceivedIp(`${s}:${port}`)).toBe(s);
        expect(normalizeReceivedIp(`[${s}]`)).toBe(s);
      }),
    );
  });
});

describe('reverse names (RFC 1035 3.5, RFC 3596 2.5) and the SPF dotted form (RFC 7208 7.3)', () => {
  it('fixed examples', () => {
    expect(reverseNameOfText('52.140.204.1')).toBe('1.204.140.52.in-addr.arpa');
    expect(reverseNameOfText('2001:db8::567:89ab')).toBe('b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
    expect(reverseNameOfText('::ffff:203.142.206.14')).toBe('14.206.142.203.in-addr.arpa');
    expect(reverseNameOfText(' 1.2.3.4 ')).toBe('4.3.2.1.in-addr.arpa');
    expect(reverseNameOfText('not-an-ip')).toBeNull();
    expect(reverseNameOfText('1.2.3.04')).toBeNull();
    expect(reverseNameOfText('1.2.3.256')).toBeNull();
    expect(ipDotted(parseIp('192.0.2.3')!)).toBe('192.0.2.3');
    expect(ipDotted(parseIp('2001:db8::cb01')!)).toBe('2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1');
  });
  it('IPv6: 32 nibbles, reversedLabels is ipDotted backwards, reverseName adds the suffix', () => {
    fc.assert(
      fc.property(v6Bytes, (bytes) => {
        const ip: IpBytes = { family: 6, bytes };
        const labels = reversedLabels(ip);
        expect(labels.split('.')).toHaveLength(32);
        expect(labels).toBe(ipDotted(ip).split('.').reverse().join('.'));
        expect(reverseName(ip)).toBe(`${labels}.ip6.arpa`);
      }),
    );
  });
});

describe('CIDR (RFC 4632 3.1, RFC 4291 2.3)', () => {
  it('ipInCidr examples', () => {
    expect(ipInCidr('52.140.204.1', '52.136.0.0/13')).toBe(true);
    expect(ipInCidr('52.144.0.1', '52.136.0.0/13')).toBe(false);
    expect(ipInCidr('127.255.255.254', '127.255.255.0/24')).toBe(true);
    expect(ipInCidr('2001:db8::1', '2001:db8::/32')).toBe(true);
    expect(ipInCidr('2001:db9::1', '2001:db8::/32')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.4')).toBe(true);
    expect(ipInCidr('1.2.3.4', '::/0')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.0/33')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.0/')).toBe(false);
    expect(ipInCidr('1.2.3.4', '1.2.3.0/ 24')).toBe(false);
    expect(ipInCidr('::ffff:1.2.3.4', '1.2.3.0/24')).toBe(true);
  });
  it('cidrMatcher reads Received-header text; a mistyped prefix is invalid, never /0', () => {
    expect(cidrMatcher('[10.0.0.0]/8')!('[10.1.2.3]:25')).toBe(true);
    expect(cidrMatcher(' fe80::/10 ')!('fe80::1%eth0')).toBe(true);
    expect(cidrMatcher('10.0.0.0/8')!('11.0.0.1')).toBe(false);
    expect(cidrMatcher('10.0.0.0/8')!('::ffff:10.0.0.1')).toBe(true);
    expect(cidrMatcher('10.0.0.0/8')!('10::1')).toBe(false);
    expect(cidrMatcher('10.0.0.0/ 8')).toBeNull();
    expect(cidrMatcher('10.0.0.0/8/x')).toBeNull();
    expect(cidrMatcher('10.0.0.1/')).toBeNull();
    expect(cidrMatcher('10.0.0.0/33')).toBeNull();
    expect(cidrMatcher('10.0.0.0/8.5')).toBeNull();
    expect(cidrMatcher('example.org/8')).toBeNull();
  });
  it('prefixMatch: /0 matches the family, the full length is equality, families never mix', () => {
    fc.assert(
      fc.property(v6Bytes, v6Bytes, fc.integer({ min: 0, max: 128 }), (a, b, k) => {
        expect(prefixMatch(a, b, 0)).toBe(true);
        expect(prefixMatch(a, a, k)).toBe(true);
        expect(prefixMatch(a, b, 128)).toBe(bytesOf(a) === bytesOf(b));
        expect(prefixMatch(a, a.slice(12), 0)).toBe(false);
        expect(prefixMatch(a, b, 129)).toBe(false);
        if (prefixMatch(a, b, k) && k > 0) expect(prefixMatch(a, b, k - 1)).toBe(true);
      }),
    );
  });
  it('ipInCidr and cidrMatcher agree on well-formed input', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, net, k) => {
        expect(cidrMatcher(`${net}/${k}`)!(ip)).toBe(ipInCidr(ip, `${net}/${k}`));
      }),
    );
    fc.assert(
      fc.property(fc.ipV6(), fc.ipV6(), fc.integer({ min: 0, max: 128 }), (ip, net, k) => {
        // Mapped addresses become IPv4, so the prefix range differs; both still agree.
        expect(cidrMatcher(`${net}/${k}`)?.(ip) ?? false).toBe(ipInCidr(ip, `${net}/${k}`));
      }),
    );
  });
});

describe('classification', () => {
  it.each([
    ['127.0.0.1', true, true],
    ['[IPv6:::1]', true, true],
    ['10.1.2.3', false, true],
    ['172.31.255.255', false, true],
    ['172.32.0.1', false, false],
    ['100.64.0.1', false, true],
    ['169.254.1.1', false, true],
    ['0.1.2.3', false, true],
    ['fd00::1', false, true],
    ['fe80::1%eth0', false, true],
    ['::', false, true],
    ['::ffff:192.168.1.1', false, true],
    ['8.8.8.8', false, false],
    ['2001:db8::1', false, false],
    ['not an ip', false, false],
  ])('%s: loopback %s, non-public %s', (ip, loop, nonPublic) => {
    expect(isLoopbackIp(ip)).toBe(loop);
    expect(isNonPublicIp(ip)).toBe(nonPublic);
  });
});
