// DMARC record parser (src/core/auth/dmarc/record.ts): never throws, only legal enum values come out,
// generated records parse to their tags.
import fc from 'fast-check';
import { parseDmarcRecord, isDmarcRecord, MAX_DMARC_RECORD_LENGTH } from '../../src/core/auth/dmarc/record.js';
import { NUM_RUNS, anyText, domainArb, grammarString, mutated, timed } from './fuzz-util.js';

const pol = fc.constantFrom('none', 'quarantine', 'reject');
const recArb = fc
  .record({
    p: pol,
    sp: fc.option(pol),
    np: fc.option(pol),
    adkim: fc.constantFrom('r', 's'),
    aspf: fc.constantFrom('r', 's'),
    t: fc.constantFrom('y', 'n'),
    psd: fc.constantFrom('y', 'n', 'u'),
    rua: fc.array(domainArb, { maxLength: 3 }),
  })
  .map((r) => ({
    r,
    text: [
      'v=DMARC1',
      `p=${r.p}`,
      ...(r.sp ? [`sp=${r.sp}`] : []),
      ...(r.np ? [`np=${r.np}`] : []),
      `adkim=${r.adkim}`,
      `aspf=${r.aspf}`,
      `t=${r.t}`,
      `psd=${r.psd}`,
      ...(r.rua.length ? [`rua=${r.rua.map((d) => `mailto:dmarc@${d}`).join(',')}`] : []),
    ].join('; '),
  }));

function check(text: string): void {
  const r = timed('parseDmarcRecord', () => parseDmarcRecord(text));
  if (!r.ok) return void expect(typeof r.error).toBe('string');
  expect(isDmarcRecord(text)).toBe(true);
  expect(text.length).toBeLessThanOrEqual(MAX_DMARC_RECORD_LENGTH);
  expect(['none', 'quarantine', 'reject']).toContain(r.record.p);
  for (const v of [r.record.sp, r.record.np]) expect([null, 'none', 'quarantine', 'reject']).toContain(v);
  expect(['r', 's']).toContain(r.record.adkim);
  expect(['r', 's']).toContain(r.record.aspf);
  expect(['y', 'n', 'u']).toContain(r.record.psd);
  for (const u of [...r.record.rua, ...r.record.ruf]) expect(u).toMatch(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/);
  expect(r.record.raw).toBe(text);
}

describe('parseDmarcRecord (fuzz)', () => {
  it('never throws; only legal values come out', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(400),
          grammarString(300).map((s) => `v=DMARC1; ${s}`),
          mutated(
            recArb.map((x) => x.text),
            6,
          ),
        ),
        check,
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('generated records parse to their tags', () => {
    fc.assert(
      fc.property(recArb, ({ r, text }) => {
        const p = parseDmarcRecord(text);
        expect(p.ok).toBe(true);
        if (!p.ok) return;
        expect([p.record.p, p.record.sp, p.record.np, p.record.adkim, p.record.aspf, p.record.testing, p.record.psd]).toEqual([
          r.p,
          r.sp,
          r.np,
          r.adkim,
          r.aspf,
          r.t === 'y',
          r.psd,
        ]);
        expect(p.record.rua).toEqual(r.rua.map((d) => `mailto:dmarc@${d}`));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('hostile long inputs are bounded', () => {
    for (const unit of [';', '=', ' ', 'v=DMARC1;', 'rua=mailto:a@b,', '\t;']) {
      check(`v=DMARC1; ${unit.repeat(Math.ceil(100_000 / unit.length))}`);
      check(`v=DMARC1; p=none; ${unit.repeat(Math.floor((MAX_DMARC_RECORD_LENGTH - 20) / unit.length))}`);
    }
  });
});
