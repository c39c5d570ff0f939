import { decodeEncodedWords } from '../../../src/core/parse/headers/encoded-words.js';
import { parseAddressList } from '../../../src/core/parse/headers/address-list.js';
import { domainToAscii, domainToUnicode } from '../../../src/core/parse/headers/idn.js';
import { parseRfc5322Date } from '../../../src/core/parse/headers/date.js';
import { splitHeaderSection } from '../../../src/core/parse/headers/header-section.js';
import { getHeader, getHeaders } from '../../../src/core/parse/headers/get-header.js';

const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('RFC 2047 encoded words', () => {
  it('decodes B and Q, joins adjacent words and keeps text around them', () => {
    expect(decodeEncodedWords('=?utf-8?b?44OG44K544OI?=')).toBe('テスト');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Andr=E9_Pirard?=')).toBe('André Pirard');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=')).toBe('ab'); // RFC 2047 section 8
    expect(decodeEncodedWords('=?ISO-8859-1?Q?a?= b')).toBe('a b');
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9?= ok')).toBe('Re: café ok');
  });
  it('joins a multi-byte character split across two words', () => {
    // "日本" = e6 97 a5 e6 9c ac split in the middle of the second character
    expect(decodeEncodedWords('=?UTF-8?B?5pel5pw=?= =?UTF-8?B?rA==?=')).toBe('日本');
  });
  it('decodes ISO-2022-JP and keeps unknown charsets raw', () => {
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=')).toBe('日本');
    expect(decodeEncodedWords('=?x-no-such?B?YWJj?=')).toBe('=?x-no-such?B?YWJj?=');
    expect(decodeEncodedWords('=?utf-8*ja?B?44GC?=')).toBe('あ');
  });
});

describe('parseAddressList', () => {
  it('reads name-addr, quoted names, comments and groups', () => {
    expect(parseAddressList('"Doe, John" <John.Doe@Example.COM>, jane@example.org (Jane), Team: a@x.test, b@y.test;')).toEqual([
      { name: 'Doe, John', address: 'John.Doe@example.com', local: 'John.Doe', domain: 'example.com' },
      { name: 'Jane', address: 'jane@example.org', local: 'jane', domain: 'example.org' },
      { name: '', address: 'a@x.test', local: 'a', domain: 'x.test' },
      { name: '', address: 'b@y.test', local: 'b', domain: 'y.test' },
    ]);
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
  });
  it('flags display names that show another address and decodes them', () => {
    const [a] = parseAddressList('=?utf-8?b?ZXhhbXBsZS5qcF/jgrXjg53jg7zjg4ggfCBpbmZvQGV4YW1wbGUuanA=?= <support@kagoya.net>');
    expect(a).toEqual({
      name: 'example.jp_サポート | info@example.jp',
      address: 'support@kagoya.net',
      local: 'support',
      domain: 'kagoya.net',
      flags: ['name-contains-address'],
    });
    expect(parseAddressList('"info@example.jp" <x@evil.test>')[0]!.flags).toEqual(['name-contains-address']);
    expect(parseAddressList('"x@evil.test" <x@evil.test>')[0]!.flags).toBeUndefined();
  });
  it('normalizes fullwidth separators and reports them', () => {
    expect(parseAddressList('support＠example．jp')[0]).toEqual({
      name: '',
      address: 'support@example.jp',
      local: 'support',
      domain: 'example.jp',
      flags: ['fullwidth-at', 'fullwidth-dot'],
    });
  });
  it('handles a missing angle bracket pair and IDN domains', () => {
    expect(parseAddressList('Support Team support@example.org')[0]).toEqual({
      name: 'Support Team',
      address: 'support@example.org',
      local: 'support',
      domain: 'example.org',
      flags: ['no-angle-brackets'],
    });
    expect(parseAddressList('<info@XN--WGV71A119E.JP>')[0]!.domain).toBe('xn--wgv71a119e.jp');
    expect(parseAddressList('<info@日本.jp>')[0]!.domain).toBe('日本.jp');
  });
  it('never throws on garbage', () => {
    for (const v of ['', '<', '"', '(((', ',,,', ':;:;', '@', 'a@', '\u0000<>'.repeat(1000)])
      expect(Array.isArray(parseAddressList(v))).toBe(true);
    expect(parseAddressList('nobody')[0]!.flags).toEqual(['unparseable']);
  });
});

describe('IDN helpers', () => {
  it('converts both ways', () => {
    expect(domainToUnicode('xn--wgv71a119e.jp')).toBe('日本語.jp');
    expect(domainToUnicode('XN--BCHER-KVA.example')).toBe('bücher.example');
    expect(domainToAscii('日本語.jp')).toBe('xn--wgv71a119e.jp');
    expect(domainToAscii('a b')).toBeNull();
    expect(domainToUnicode('xn--zz-!!')).toBeNull();
  });
});

describe('RFC 5322 dates', () => {
  it.each([
    ['Tue, 14 Nov 2023 09:12:35 +0900 (JST)', '2023-11-14T00:12:35Z'],
    ['14 Nov 2023 09:12 JST', '2023-11-14T00:12:00Z'],
    ['Fri, 6 Sep 02 11:33:22 EDT', '2002-09-06T15:33:22Z'],
    ['Thu, 1 Jan 70 00:00:00 -0000', '1970-01-01T00:00:00Z'],
    ['Sat, 29 Feb 2020 23:59:60 +0000', '2020-02-29T23:59:59Z'],
    ['Mon, 30 Feb 2023 10:00:00 +0000', null],
    ['not a date', null],
  ])('%s', (input, want) => {
    expect(parseRfc5322Date(input)).toBe(want);
  });
});

describe('header section', () => {
  it('keeps exact raw bytes, unfolds values and finds the body', () => {
    const msg = 'Subject: a\r\n b\r\nX-Empty:\r\nFrom : x@y.test\r\n\r\nbody';
    const s = splitHeaderSection(bytes(msg), { maxHeaderBytes: 1000, maxHeaders: 10 });
    expect(s.headers.map((h) => [h.name, h.key, h.value, h.raw])).toEqual([
      ['Subject', 'subject', 'a b', 'Subject: a\r\n b\r\n'],
      ['X-Empty', 'x-empty', '', 'X-Empty:\r\n'],
      ['From', 'from', 'x@y.test', 'From : x@y.test\r\n'],
    ]);
    expect(s.bodyOffset).toBe(msg.indexOf('body'));
    expect(getHeader(s.headers, 'FROM')!.value).toBe('x@y.test');
    expect(getHeaders(s.headers, 'nope')).toEqual([]);
  });
  it('enforces header limits with warnings and decodes 8-bit UTF-8 values', () => {
    const many = Array.from({ length: 20 }, (_, i) => `X-${i}: v\r\n`).join('') + '\r\n';
    const s = splitHeaderSection(bytes(many), { maxHeaderBytes: 1000, maxHeaders: 5 });
    expect(s.headers).toHaveLength(5);
    expect(s.warnings[0]).toMatch(/header-limit/);
    const big = splitHeaderSection(bytes(many), { maxHeaderBytes: 20, maxHeaders: 100 });
    expect(big.warnings[0]).toMatch(/header-limit: header section is/);
    const utf = splitHeaderSection(new TextEncoder().encode('Subject: 日本\r\n\r\n'), { maxHeaderBytes: 100, maxHeaders: 10 });
    expect(utf.headers[0]!.value).toBe('日本');
  });
});

describe('parseAddressList phishing quirks', () => {
  it('rejoins a display name split by an unquoted comma', () => {
    expect(parseAddressList('Temu, <ne-pas-repondre@chronopost.fr.>')).toEqual([
      {
        name: 'Temu',
        address: 'ne-pas-repondre@chronopost.fr',
        local: 'ne-pas-repondre',
        domain: 'chronopost.fr',
        flags: ['name-split-by-comma'],
      },
    ]);
    expect(parseAddressList('Kroger_ Black Friday!   ,_<r9706@0ysydx9845.com>')[0]).toMatchObject({
      name: 'Kroger_ Black Friday!',
      domain: '0ysydx9845.com',
    });
    expect(parseAddressList('" PayPal "@aeonms.com')[0]).toMatchObject({ local: '" PayPal "', domain: 'aeonms.com' });
    expect(parseAddressList('a@b.test, Name Only')).toHaveLength(2);
  });
});
