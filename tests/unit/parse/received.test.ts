import { RECEIVED_CASES } from '../../fixtures/received/received-cases.js';
import fc from 'fast-check';
import { parseReceived, parseReceivedTimed } from '../../../src/core/parse/received/parse-received.js';
import { buildHops } from '../../../src/core/parse/received/build-hops.js';
import { isoFromSeconds, secondsFromIso } from '../../../src/core/parse/headers/date.js';
import { normalizeIp } from '../../../src/core/parse/received/ip.js';
import { heloAnomaly } from '../../../src/core/parse/received/helo.js';

describe('parseReceived on real formats', () => {
  for (const c of RECEIVED_CASES) {
    it(c.name, () => {
      const hop = parseReceived(c.line, 3);
      expect(hop.index).toBe(3);
      expect(hop.raw).toBe(c.line);
      const got: Record<string, unknown> = {
        helo: hop.helo,
        rdns: hop.rdns,
        ip: hop.ip,
        by: hop.by,
        with: hop.with,
        tls: hop.tls,
        authenticated: hop.authenticated,
        timestamp: hop.timestamp,
      };
      if ('id' in c.expect) got.id = hop.id;
      if ('for' in c.expect) got.for = hop.for;
      expect(got).toEqual(c.expect);
    });
  }

  it('never throws on garbage and caps work on huge values', () => {
    for (const v of ['', ';', '((((', 'from [', 'from (a [1.2.3.4', 'by ;;; with', '\u0000from x', 'from'.repeat(50000)]) {
      const h = parseReceived(v, 0);
      expect(h.index).toBe(0);
    }
  });
});

describe('normalizeIp', () => {
  it.each([
    ['[1.2.3.4]', '1.2.3.4'],
    ['[1.2.3.4]:25', '1.2.3.4'],
    ['1.2.3.4.25', '1.2.3.4'],
    ['IPv6:2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[IPv6:2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['2001:db8:0:1:0:0:1:0', '2001:db8:0:1::1:0'],
    ['::1', '::1'],
    ['1.2.3.256', null],
    ['mail.example.org', null],
    ['1:2:3', null],
  ])('%s -> %s', (input, want) => {
    expect(normalizeIp(input)).toBe(want);
  });
});

describe('heloAnomaly', () => {
  it.each([
    ['[127.0.0.1]', 'loopback-literal'],
    ['[52.140.204.1]', 'ip-literal'],
    ['[IPv6:::1]', 'loopback-literal'],
    ['localhost', 'localhost'],
    ['localhost.localdomain', 'localhost'],
    ['DESKTOP-AB12', 'not-fqdn'],
    ['mas14.kagoya.net', null],
    [null, null],
  ] as const)('%s -> %s', (helo, want) => {
    expect(heloAnomaly(helo)).toBe(want);
  });
});

describe('hop times', () => {
  it('parseReceivedTimed gives the seconds of the hop timestamp', () => {
    for (const c of RECEIVED_CASES) {
      const { hop, seconds } = parseReceivedTimed(c.line, 0);
      expect(hop).toEqual(parseReceived(c.line, 0));
      expect(seconds).toBe(hop.timestamp === null ? null : secondsFromIso(hop.timestamp));
    }
    // the ISO text and its seconds are one instant for every time the parser can write
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200, max: 253_402_300_799 }), (t) => {
        const iso = isoFromSeconds(t);
        expect(iso === null ? null : secondsFromIso(iso)).toBe(iso === null ? null : t);
      }),
    );
  });
  it('delays are the newer hop time minus the older one', () => {
    const headers = [
      'from b.example by c.example; Tue, 1 Dec 2026 10:00:30 +0000',
      'from a.example by b.example; Tue, 1 Dec 2026 11:00:00 +0100',
      'from x by a.example; no date here',
    ].map((value) => ({ key: 'received', name: 'Received', value, raw: `Received: ${value}\r\n` }));
    const { hops } = buildHops(headers, { maxReceived: 10 });
    expect(hops.map((h) => h.delaySeconds)).toEqual([30, null, null]);
  });
});
