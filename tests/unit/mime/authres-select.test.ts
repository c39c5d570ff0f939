import { selectTrustedAuthResults, boundaryHeaderIndex } from '../../../src/core/authres/select-trusted.js';
import { parseArcAuthResults, collectArcAuthResults } from '../../../src/core/authres/arc-authres.js';
import type { HeaderField } from '../../../src/core/model/message.js';

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
    const v = 'i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=alquilatucamioneta.com.ar; dmarc=pass action=none header.from=alquilatucamioneta.com.ar; dkim=pass header.d=alquilatucamioneta.com.ar; arc=none';
    const p = parseArcAuthResults(v, 'relaxed');
    expect(p?.instance).toBe(1);
    expect(p?.header.authservId).toBe('mx.microsoft.com');
    expect(p?.header.methods.map((m) => m.method)).toEqual(['spf', 'dmarc', 'dkim', 'arc']);
    expect(parseArcAuthResults('mx.example; spf=pass', 'relaxed')).toBeNull();
    expect(parseArcAuthResults('i=0; mx.example; spf=pass', 'relaxed')).toBeNull();
    const all = collectArcAuthResults([f('ARC-Authentication-Results', 'i=2; b.example; dkim=pass'), f('ARC-Authentication-Results', v)]);
    expect(all.map((a) => [a.instance, a.header.headerIndex])).toEqual([[1, 1], [2, 0]]);
  });
});
