import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoneResolver } from '../../core/dns/index.js';
import { analyzeOne } from './analyze-one.js';
import { fromWire, runJob, toBatch, toWire, type JobResult } from './job.js';
import { ScanState, type EncodedRecord } from './resume.js';
import { loadMessageFile } from './sources/load-file.js';
import { scanDeps, SCAN_WORKER_MARK, type WorkerInit } from './worker.js';

const init: WorkerInit = { mark: SCAN_WORKER_MARK, lang: 'ja', settings: {}, clockOffsetMs: 0, network: false, maxBytes: 1 << 20 };
const deps = scanDeps(init, createNoneResolver());
const PHISH = 'tests/fixtures/samples/kagoya-phish.eml';
const LEGIT = 'tests/fixtures/samples/kagoya-legit.eml';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-scan-job-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const done = (r: JobResult): EncodedRecord & { seq: number } => {
  if (r.kind !== 'done') throw new Error(`expected a result, got ${JSON.stringify(r)}`);
  return r;
};

describe('scan job (worker side) and its state records', () => {
  it('reads a path itself, and the batch buffer lands in the state file where the main thread expects each line', async () => {
    const phish = await runJob({ seq: 0, key: 'k0', mailbox: 'mb', file: 'p.eml', path: PHISH }, deps, 'ja', init.maxBytes);
    const raw = new Uint8Array(readFileSync(LEGIT));
    const legit = await runJob({ seq: 1, key: 'k1', mailbox: 'mb ✓', file: '件名.eml', raw }, deps, 'ja', init.maxBytes);
    const batch = toBatch([phish, legit]);
    expect(batch.results.map((r) => r.seq)).toEqual([0, 1]);
    expect(done(batch.results[0]!).summary.verdict).toBe('danger');

    const statePath = join(dir, 'state.jsonl');
    const state = new ScanState(statePath, 'SRC', 'opts');
    state.appendBatch(
      batch.records,
      batch.results.map((r) => done(r)),
    );
    // The stored line is exactly what analyze --json prints for the message (elapsed time aside).
    const expected = await analyzeOne('件名.eml', raw, deps, 'ja');
    const timeless = (s: string): string => s.replace(/"elapsedMs":\d+/g, '"elapsedMs":0');
    expect(timeless(state.line(state.records[1]!))).toBe(timeless(expected.line));
    expect(JSON.parse(state.line(state.records[0]!))).toMatchObject({ file: 'p.eml', verdict: 'danger' });
    state.close();

    // A resumed run reads the same records back from the file.
    const again = new ScanState(statePath, 'SRC', 'opts');
    expect(again.records.map((r) => [r.key, r.mailbox, r.summary.file])).toEqual([
      ['k0', 'mb', 'p.eml'],
      ['k1', 'mb ✓', '件名.eml'],
    ]);
    expect(again.line(again.records[1]!)).toBe(state.line(state.records[1]!));
    again.close();
  });

  it('turns an oversize or unreadable file into a fault without reading it, and keeps it out of the records buffer', async () => {
    const big = join(dir, 'big.eml');
    writeFileSync(big, `Subject: x\n\n${'x'.repeat(2000)}`);
    const over = await runJob({ seq: 3, key: 'k', mailbox: 'mb', file: big, path: big }, deps, 'en', 1000);
    expect(over.result).toEqual({
      seq: 3,
      kind: 'fault',
      fault: { kind: 'oversize', where: big, detail: '2012 bytes, limit 1000 (--max-size)' },
    });
    const missing = await runJob({ seq: 4, key: 'k', mailbox: 'mb', file: 'gone', path: join(dir, 'gone.eml') }, deps, 'en', 1000);
    expect(missing.result).toMatchObject({ kind: 'fault', fault: { kind: 'read-error', detail: 'ENOENT' } });
    expect(toBatch([over, missing]).records.length).toBe(0);
    expect(await loadMessageFile(dir, 1 << 20)).toMatchObject({ fault: { kind: 'read-error', detail: 'EISDIR' } });
    const small = await loadMessageFile(big, 1 << 20);
    expect('raw' in small && small.raw.byteLength === small.raw.buffer.byteLength && small.raw.length).toBe(2012);
  });

  it('sends a batch to the main thread without the summary and features beside the records, and gets them back from the records', async () => {
    const raw = new Uint8Array(readFileSync(LEGIT));
    const outcomes = [
      await runJob({ seq: 5, key: 'k5', mailbox: 'mb ✓', file: '件名.eml', raw }, deps, 'ja', init.maxBytes),
      await runJob({ seq: 6, key: 'k6', mailbox: 'mb', file: 'gone', path: join(dir, 'gone.eml') }, deps, 'en', 1000),
      await runJob({ seq: 7, key: 'k7', mailbox: 'mb', file: 'p.eml', path: PHISH }, deps, 'en', init.maxBytes),
    ];
    const batch = toBatch(outcomes);
    const wire = toWire(batch);
    expect(wire.results[0]).toEqual({
      seq: 5,
      kind: 'done',
      recordBytes: expect.any(Number),
      lineStart: expect.any(Number),
      lineBytes: expect.any(Number),
    });
    expect(wire.results[1]).toEqual(batch.results[1]);
    const back = fromWire(structuredClone(wire));
    expect(back.results).toEqual(JSON.parse(JSON.stringify(batch.results)));
    expect(done(back.results[2]!).summary.verdict).toBe('danger');
    expect(() => fromWire({ results: wire.results, records: wire.records.subarray(1) })).toThrow(/record bytes/);
  });
});
