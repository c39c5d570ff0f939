import { bidiClosers, isolateAllText, isolateBidi, unwrapLoneValue } from './bidi.js';
import { capText } from './dom.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

describe('isolateBidi', () => {
  it('leaves plain text alone and wraps overrides and RTL letters in FSI…PDI', () => {
    expect(isolateBidi('PayPal <b>')).toBe('PayPal <b>');
    expect(isolateBidi(`a${RLO}gnp.exe`)).toBe(`${FSI}a${RLO}gnp.exe${PDI}`);
    expect(isolateBidi('שלום')).toBe(`${FSI}שלום${PDI}`);
  });
  it('cannot be closed early by a stray PDI, and closes isolates the value leaves open', () => {
    expect(isolateBidi(`x${PDI}${RLO}y`)).toBe(`${FSI}${FSI}x${PDI}${RLO}y${PDI}`);
    expect(isolateBidi(`${RLO}x\u2066y`)).toBe(`${FSI}${RLO}x\u2066y${PDI}${PDI}`);
  });
  it('unwrapLoneValue inverts it for a lone value, never for a sentence', () => {
    for (const v of [`a${RLO}b`, `${RLO}gnp.exe\u202D txt`, 'שלום']) expect(unwrapLoneValue(isolateBidi(v))).toBe(v);
    // With isolate controls of its own the value comes back as an equivalent string (same wrapping, same rendering).
    for (const v of [`x${PDI}${RLO}y`, `${RLO}x\u2066y`, `${FSI}${FSI}${RLO}`])
      expect(isolateBidi(unwrapLoneValue(isolateBidi(v)))).toBe(isolateBidi(v));
    const sentence = `${isolateBidi(`a${RLO}`)} and ${isolateBidi(`b${RLO}`)}`;
    expect(unwrapLoneValue(sentence)).toBe(sentence);
  });
  it('isolateAllText maps strings deep and keeps other values and keys', () => {
    const out = isolateAllText({ n: 1, ok: true, none: null, list: [`${RLO}x`], [`k${RLO}`]: 'plain' });
    expect(out).toEqual({ n: 1, ok: true, none: null, list: [`${FSI}${RLO}x${PDI}`], [`k${RLO}`]: 'plain' });
  });
});

describe('capText with bidi controls', () => {
  it('keeps the closers a cut would drop, within the cap', () => {
    const long = isolateBidi(`${RLO}${'x'.repeat(5000)}`);
    const shown = capText(long, 100);
    expect(shown.length).toBeLessThanOrEqual(101);
    expect(shown.endsWith(`${PDI}…`)).toBe(true);
    expect(bidiClosers(shown.slice(0, -1))).toBe('');
    expect(capText(`${RLO}${'y'.repeat(200)}`, 50).endsWith('\u202C…')).toBe(true);
  });
});
