// Authentication-Results (RFC 8601) and ARC-Authentication-Results parsing (src/core/parse/authres): never throws
// (ParseError stays internal), strict acceptance implies relaxed acceptance, generated headers parse exactly.
import fc from 'fast-check';
import { parseAuthResults, parseAuthResultsDetailed, parseArcAuthResults } from '../../src/core/parse/authres/index.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const methodArb = fc.record({
  method: fc.constantFrom('spf', 'dkim', 'dmarc', 'arc', 'iprev', 'auth'),
  // pass and fail are registered results of every method here (iprev has no 'none', RFC 8601 2.7.3).
  result: fc.constantFrom('pass', 'fail'),
  props: fc
    .array(fc.tuple(fc.constantFrom('smtp.mailfrom', 'header.d', 'header.i', 'header.from', 'smtp.helo', 'policy.iprev'), domainArb), {
      maxLength: 3,
    })
    .map((ps) => [...new Map(ps)]),
  comment: fc.option(fc.constantFrom('(sender IP is 203.0.113.5)', '(1024-bit key; unprotected)', '(nested (comment))')),
});
const headerArb = fc.record({ id: domainArb, methods: fc.array(methodArb, { minLength: 1, maxLength: 5 }) });
type GenMethod = { method: string; result: string; props: [string, string][]; comment: string | null };
const render = (h: { id: string; methods: GenMethod[] }): string =>
  `${h.id};\r\n ${h.methods.map((m) => [`${m.method}=${m.result}`, ...(m.comment ? [m.comment] : []), ...m.props.map(([k, v]) => `${k}=${v}`)].join(' ')).join(';\r\n ')}`;

function checkParsed(s: string): void {
  const strict = timed('parseAuthResults(strict)', () => parseAuthResults(s, 'strict'));
  const relaxed = timed('parseAuthResults(relaxed)', () => parseAuthResults(s, 'relaxed'));
  for (const mode of ['strict', 'relaxed'] as const) {
    const d = parseAuthResultsDetailed(s, mode);
    expect(d.header === null ? typeof d.error : d.error).toBe(d.header === null ? 'string' : null);
  }
  if (strict !== null) expect(relaxed).not.toBeNull();
  for (const h of [strict, relaxed]) {
    if (h === null) continue;
    expect(h.raw).toBe(s);
    expect(h.methods.length).toBeLessThanOrEqual(100);
    for (const m of h.methods) {
      expect(typeof m.method).toBe('string');
      expect(typeof m.result).toBe('string');
    }
  }
}

describe('parseAuthResults (fuzz)', () => {
  it('never throws on arbitrary text; strict => relaxed', () => {
    fc.assert(fc.property(fc.oneof(anyText(500), grammarString(500)), checkParsed), { numRuns: NUM_RUNS });
  });

  it('never throws on mutated well-formed headers', () => {
    fc.assert(fc.property(mutated(headerArb.map(render), 6), checkParsed), { numRuns: NUM_RUNS });
  });

  it('well-formed headers parse to the generated methods, results and properties (both modes)', () => {
    fc.assert(
      fc.property(headerArb, (h) => {
        for (const mode of ['strict', 'relaxed'] as const) {
          const p = parseAuthResults(render(h), mode);
          expect(p?.authservId).toBe(h.id);
          expect(p?.methods.map((m) => [m.method, m.result])).toEqual(h.methods.map((m) => [m.method, m.result]));
          expect(p?.methods.map((m) => m.props)).toEqual(h.methods.map((m) => Object.fromEntries(m.props)));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 KB of unbalanced comments / quotes / semicolons stays within budget', () => {
    for (const unit of ['(', ')', '"', '\\', ';', 'a=', 'spf=pass ', '(a(b', 'x.y=', '; ;']) {
      for (const mode of ['strict', 'relaxed'] as const) {
        timed(
          'parseAuthResults(100KB)',
          () => parseAuthResults(`mx.example.jp; ${unit.repeat(Math.ceil(100_000 / unit.length))}`, mode),
          500,
        );
      }
    }
  });
});

describe('parseArcAuthResults (fuzz)', () => {
  it('never throws; instance is within 1..50 when parsed', () => {
    const arb = fc.oneof(
      anyText(300),
      fc.tuple(fc.integer({ min: -5, max: 120 }), headerArb.map(render)).map(([i, v]) => `i=${i}; ${v}`),
    );
    fc.assert(
      fc.property(mutated(arb, 3), fc.constantFrom<'strict' | 'relaxed'>('strict', 'relaxed'), (s, mode) => {
        const r = timed('parseArcAuthResults', () => parseArcAuthResults(s, mode));
        if (r) {
          expect(r.instance).toBeGreaterThanOrEqual(1);
          expect(r.instance).toBeLessThanOrEqual(50);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
