/**
 * Shared helpers for the parser property tests: run counts (FUZZ_RUNS scales them), a per-call time bound that
 * catches super-linear blowups without timing the suite, and generic arbitraries (text, bytes, mutations of
 * valid-looking inputs).
 */
import fc from 'fast-check';

/** Default runs per property; `FUZZ_RUNS=20000 npx vitest run --project unit tests/fuzz` for a longer hunt. */
export const NUM_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1000) || 1000);
/** Fewer runs for properties whose inputs are large (100 KB-class) or whose calls are async. */
export const HEAVY_RUNS = Math.max(1, Math.ceil(NUM_RUNS / 10));

/**
 * Generous bound for one call on a few-KB input. A linear parser takes microseconds; the bound only trips on
 * quadratic-or-worse behaviour (or a hang), so it is not a flaky timing assertion.
 */
export const CALL_BUDGET_MS = 200;

/** Runs `fn`, throws (failing the property with the input shown by fast-check) when it exceeds `budgetMs`. */
export function timed<T>(label: string, fn: () => T, budgetMs = CALL_BUDGET_MS): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > budgetMs) throw new Error(`${label}: one call took ${ms.toFixed(1)} ms (> ${budgetMs} ms)`);
  return out;
}

export async function timedAsync<T>(label: string, fn: () => Promise<T>, budgetMs = CALL_BUDGET_MS): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  if (ms > budgetMs) throw new Error(`${label}: one call took ${ms.toFixed(1)} ms (> ${budgetMs} ms)`);
  return out;
}

/** Characters that matter to mail header grammars. */
const HEADER_CHARS = [
  ...' \t\r\n;:=,.@<>()"\\[]/?+-_%{}!*\'`~|&#$^',
  'a',
  'Z',
  '0',
  '9',
  '\u00e9',
  '\u3042',
  '\uff20',
  '\u200b',
  '\u0000',
  '\u00ff',
];

/** Strings over a small alphabet of grammar-relevant characters (hits parser branches far more often than random Unicode). */
export function grammarString(maxLength = 300, extra: string[] = []): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...HEADER_CHARS, ...extra), maxLength });
}

/** Strings of code points U+0000-U+00FF (one octet each, as header bytes decoded latin1). */
export function latin1String(maxLength = 300): fc.Arbitrary<string> {
  return fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength });
}

/** Any text: full Unicode, binary (latin1) or grammar-alphabet strings. */
export function anyText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    latin1String(maxLength),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 4) }),
    grammarString(maxLength),
  );
}

type Mutation = { kind: 'insert' | 'delete' | 'replace' | 'duplicate'; at: number; len: number; text: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  text: grammarString(12),
});

function applyMutation(s: string, m: Mutation): string {
  const at = s.length === 0 ? 0 : m.at % (s.length + 1);
  switch (m.kind) {
    case 'insert':
      return s.slice(0, at) + m.text + s.slice(at);
    case 'delete':
      return s.slice(0, at) + s.slice(at + m.len);
    case 'replace':
      return s.slice(0, at) + m.text + s.slice(at + m.len);
    case 'duplicate':
      return s.slice(0, at) + s.slice(at, at + m.len).repeat(3) + s.slice(at);
  }
}

/** Valid-looking seeds with up to `maxMutations` random edits (structure-aware fuzzing). */
export function mutated(seeds: fc.Arbitrary<string>, maxMutations = 4): fc.Arbitrary<string> {
  return fc.tuple(seeds, fc.array(mutationArb, { maxLength: maxMutations })).map(([s, ms]) => ms.reduce(applyMutation, s));
}

/** Plain DNS-ish domain names (valid LDH labels). */
export const domainArb: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/), { minLength: 1, maxLength: 4 })
  .chain((labels) => fc.constantFrom('jp', 'com', 'net', 'co.jp', 'example').map((tld) => [...labels, tld].join('.')));

export const ipv4Arb: fc.Arbitrary<string> = fc.ipV4();
export const ipv6Arb: fc.Arbitrary<string> = fc.ipV6();
