import { ResponseReader, WireError, parseFetch, parseValues, quoted } from './imap-wire.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('IMAP response framing', () => {
  it('keeps literal bytes apart from text, across arbitrary chunk boundaries', () => {
    const body = 'Subject: x\r\n\r\n{5}\r\nnot a literal\r\n';
    const wire = `* 1 FETCH (UID 7 BODY[] {${body.length}}\r\n${body})\r\n* 2 FETCH (UID 9 RFC822.SIZE 12)\r\ns3 OK done\r\n`;
    for (const step of [1, 3, 7, wire.length]) {
      const r = new ResponseReader(1000, 1000);
      const out = [];
      for (let i = 0; i < wire.length; i += step) out.push(...r.push(bytes(wire.slice(i, i + step))));
      expect(out).toHaveLength(3);
      const f = parseFetch(out[0]!)!;
      expect(f.seq).toBe(1);
      expect(f.data.get('UID')).toBe('7');
      expect((f.data.get('BODY[]') as Buffer).toString('latin1')).toBe(body);
      expect(parseFetch(out[1]!)!.data.get('RFC822.SIZE')).toBe('12');
      expect(out[2]!.texts[0]).toBe('s3 OK done');
    }
  });
  it('parses quoted strings, NIL, nested lists and section specs with spaces', () => {
    const r = new ResponseReader(1000, 1000).push(
      bytes('* 3 FETCH (FLAGS (\\Seen \\Flagged) X "a \\"q\\"" Y NIL BODY[HEADER.FIELDS (FROM TO)] {2}\r\nab)\r\n'),
    )[0]!;
    const f = parseFetch(r)!;
    expect(f.data.get('FLAGS')).toEqual(['\\Seen', '\\Flagged']);
    expect(f.data.get('X')).toBe('a "q"');
    expect(f.data.get('Y')).toBeNull();
    expect((f.data.get('BODY[HEADER.FIELDS (FROM TO)]') as Buffer).toString()).toBe('ab');
    expect(parseValues({ texts: ['(a (b c))'], literals: [] })).toEqual([['a', ['b', 'c']]]);
  });
  it('enforces the line and literal limits', () => {
    expect(() => new ResponseReader(10, 1000).push(bytes('x'.repeat(11)))).toThrow(WireError);
    expect(() => new ResponseReader(1000, 10).push(bytes('* 1 FETCH (BODY[] {11}\r\n'))).toThrow(/literal of 11 bytes/);
  });
  it('quotes only what a quoted string can carry', () => {
    expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(() => quoted('a\r\nb')).toThrow(WireError);
    expect(() => quoted('パス')).toThrow(WireError);
  });
});
