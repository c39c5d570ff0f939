import { selectTrustedAuthResults, boundaryHeaderIndex } from '../../../src/core/parse/authres/select-trusted.js';
import { parseArcAuthResults, collectArcAuthResults } from '../../../src/core/parse/authres/arc-authres.js';
import type { HeaderField } from '../../../src/core/model/message.js';
import { buildHops } from '../../../src/core/parse/received/build-hops.js';

const f = (name: string, value: string): HeaderField => ({ name, key: name.toLowerCase(), value, raw: `${name}: ${value}\r\n` });

const HEADERS = [
  f('Authentication-Results', 'mx1.example.jp; spf=fail smtp.mailfrom=kagoya.net; dkim=none'),
  f('Authentication-Results', 'other.example; spf=pass smtp.mailfrom=kagoya.net'),
  f('Received', 'from [127.0.0.1] (unknown [52.140.204.1]) by mx1.example.jp (Postfix) with ESMTP id X; Tue, 14 Nov 2023 09:12:33 +0900'),
  // written by the sender, below the boundary, with the trusted id: forged
  f('Authentication-Results', 'mx1.example.jp; spf=pass smtp.mailfrom=kagoya.net; dkim=pass header.d=kagoya.net'),
  f('Authentication-Results', 'spf=pass'),
];

describe('selectTrustedAuthResults (RFC 8601 section 5)', () => {
  it('trusts only own ids above the boundary and says why the others are ignored', () => {
    expect(boundaryHeaderIndex(HEADERS)).toBe(2);
    // the hops already built give the same boundary; a public address among them moves it, a private one does not
    expect(boundaryHeaderIndex(HEADERS, null, buildHops(HEADERS, { maxReceived: 10 }).hops)).toBe(2);
    expect(boundaryHeaderIndex(HEADERS, null, [{ ip: '10.0.0.1' }])).toBe(HEADERS.length);
    expect(boundaryHeaderIndex(HEADERS, null, [])).toBe(2);
    const r = selectTrustedAuthResults(HEADERS, ['mx1.example.jp']);
    expect(r.trusted).toHaveLength(1);
    expect(r.trusted[0]).toMatchObject({ authservId: 'mx1.example.jp', headerIndex: 0 });
    expect(r.trusted[0]!.methods.map((m) => `${m.method}=${m.result}`)).toEqual(['spf=fail', 'dkim=none']);
    expect(r.ignored.map((i) => [i.authservId, i.reason.split(' ')[0]])).toEqual([
      ['other.example', 'authserv-id'],
      ['mx1.example.jp', 'below'],
      [null, 'below'],
    ]);
  });
  it('accepts an explicit boundary index from the trust boundary', () => {
    const r = selectTrustedAuthResults(HEADERS, ['MX1.example.jp.'], boundaryHeaderIndex(HEADERS, 0));
    expect(r.trusted.map((t) => t.headerIndex)).toEqual([0]);
  });
});

describe('ARC-Authentication-Results', () => {
  it('parses i= and the payload, oldest first', () => {
    const v =
      'i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=alquilatucamioneta.com.ar; dmarc=pass action=none header.from=alquilatucamioneta.com.ar; dkim=pass header.d=alquilatucamioneta.com.ar; arc=none';
    const p = parseArcAuthResults(v, 'relaxed');
    expect(p?.instance).toBe(1);
    expect(p?.header.authservId).toBe('mx.microsoft.com');
    expect(p?.header.methods.map((m) => m.method)).toEqual(['spf', 'dmarc', 'dkim', 'arc']);
    expect(parseArcAuthResults('mx.example; spf=pass', 'relaxed')).toBeNull();
    expect(parseArcAuthResults('i=0; mx.example; spf=pass', 'relaxed')).toBeNull();
    const all = collectArcAuthResults([f('ARC-Authentication-Results', 'i=2; b.example; dkim=pass'), f('ARC-Authentication-Results', v)]);
    expect(all.map((a) => [a.instance, a.header.headerIndex])).toEqual([
      [1, 1],
      [2, 0],
    ]);
  });
});

describe('selectTrustedAuthResults: receivers that insert below their own Received line', () => {
  it('accepts a header below the boundary only when its authserv-id is exactly the boundary host', () => {
    const headers = [
      f(
        'Received',
        'from evil.example (evil.example [198.51.100.7]) by mailin051.protonmail.ch (Postfix) with ESMTPS id X; Tue, 10 Oct 2023 10:22:49 +0000',
      ),
      f('Received', 'by evil.example (Postfix, from userid 0) id 46D; Tue, 10 Oct 2023 10:22:48 +0000'),
      f('Authentication-Results', 'mailin051.protonmail.ch; dmarc=fail (p=reject dis=none) header.from=sac.com.br'),
      f('Authentication-Results', 'mx.forged.example; dmarc=pass header.from=sac.com.br'),
    ];
    const r = selectTrustedAuthResults(headers, ['mailin051.protonmail.ch'], 0, { boundaryHost: 'mailin051.protonmail.ch' });
    expect(r.trusted.map((h) => h.authservId)).toEqual(['mailin051.protonmail.ch']);
    expect(r.ignored.map((h) => h.authservId)).toEqual(['mx.forged.example']);
    expect(selectTrustedAuthResults(headers, ['mailin051.protonmail.ch'], 0).trusted).toEqual([]);
  });
  it("accepts Outlook's id-less header above the boundary only when asked to", () => {
    const headers = [
      f(
        'Authentication-Results',
        'spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=x.example; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=x.example;',
      ),
      f(
        'Received',
        'from evil.example (198.51.100.7) by BN3PEPF0000B076.mail.protection.outlook.com (10.167.243.121) with Microsoft SMTP Server id 15.20.8901.15 via Frontend Transport; Tue, 1 Jul 2025 13:46:15 +0000',
      ),
    ];
    expect(selectTrustedAuthResults(headers, [], 1).trusted).toEqual([]);
    expect(
      selectTrustedAuthResults(headers, [], 1, { acceptMissingIdAboveBoundary: true }).trusted[0]?.methods.map(
        (m) => `${m.method}=${m.result}`,
      ),
    ).toEqual(['spf=fail', 'dkim=none', 'dmarc=fail']);
  });
});
