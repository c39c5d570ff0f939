import { decodeEntities } from './html-entities.js';

describe('decodeEntities', () => {
  it('decodes numeric references, decimal and hex, with or without semicolon', () => {
    expect(decodeEntities('&#10687; info')).toBe('\u29bf info');
    expect(decodeEntities('&#x29BF;&#X41;')).toBe('\u29bfA');
    expect(decodeEntities('a&#46b')).toBe('a.b');
  });
  it('decodes named references used to hide URLs and keeps unknown ones', () => {
    expect(decodeEntities('https&colon;//x&period;com/?a=1&amp;b=2')).toBe('https://x.com/?a=1&b=2');
    expect(decodeEntities('&nosuch; & &')).toBe('&nosuch; & &');
    expect(decodeEntities('&constructor;&__proto__;')).toBe('&constructor;&__proto__;');
    expect(decodeEntities('www.&ouml;koligenta.de &Auml;&szlig;&alpha;')).toBe('www.\u00f6koligenta.de \u00c4\u00df\u03b1');
  });
  it('maps invalid code points to U+FFFD and bounds digit runs', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
    expect(decodeEntities(`&#${'9'.repeat(50)};x`)).toBe('\ufffdx');
  });
});
