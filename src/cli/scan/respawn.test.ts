import { availableParallelism } from 'node:os';
import { INLINING_FLAG, TIERING_FLAG, SCAN_PROCESS_ENV, scanPoolSize, scanProcessFlags, workersOf } from './respawn.js';

describe('scan process flags (respawn.ts)', () => {
  it('reads --workers as the CLI does, the last one winning, and falls back to every core', () => {
    expect(workersOf(['/mail', '--workers', '2'])).toBe(2);
    expect(workersOf(['--workers=3', '/mail', '--workers', '5'])).toBe(5);
    expect(workersOf(['/mail'])).toBe(availableParallelism());
    expect(workersOf(['/mail', '--workers', 'x'])).toBe(availableParallelism());
    expect(workersOf(['/mail', '--', '--workers', '4'])).toBe(availableParallelism());
  });

  it('gives one V8 helper thread per two workers, at least one', () => {
    expect([1, 2, 3, 4, 16].map(scanPoolSize)).toEqual([1, 1, 2, 2, 8]);
  });

  it('respawns only a scan, once, and never over a pool size the user chose', () => {
    expect(scanProcessFlags(['scan', '/mail', '--workers', '2'], [], {})).toEqual(['--v8-pool-size=1', INLINING_FLAG, TIERING_FLAG]);
    expect(scanProcessFlags(['scan', '/mail', '--workers=4'], ['--max-inlined-bytecode-size-cumulative=900'], {})).toEqual([
      '--v8-pool-size=2',
      TIERING_FLAG,
    ]);
    expect(scanProcessFlags(['scan', '/mail', '--workers=2'], ['--interrupt-budget=1000'], {})).toEqual([
      '--v8-pool-size=1',
      INLINING_FLAG,
    ]);
    expect(scanProcessFlags(['analyze', 'x.eml'], [], {})).toBeNull();
    expect(scanProcessFlags(['scan', '/mail'], [], { [SCAN_PROCESS_ENV]: '1' })).toBeNull();
    expect(scanProcessFlags(['scan', '/mail'], ['--v8-pool-size=4'], {})).toBeNull();
    expect(scanProcessFlags(['scan', '/mail'], [], { NODE_OPTIONS: '--max-old-space-size=100 --v8-pool-size=2' })).toBeNull();
    expect(scanProcessFlags(['scan', '--help'], [], {})).toBeNull();
  });
});
