/**
 * `sender-lens scan` runs in a child process of its own with fewer V8 helper threads.
 *
 * Every worker thread is an isolate that compiles the analysis again with TurboFan, on the process-wide pool of V8
 * helper threads (4 by default, whatever the core count), which also run the GC's concurrent tasks. With 2 workers
 * on 2 cores that is 6 busy threads on 2 cores: in a 2000-message scan at 01db29f the helper threads used ~5.4 s of
 * ~13.9 s of CPU. One helper thread (--v8-pool-size=0 or 1 on 2 cores) gave 309 -> 357 msg/s and 12.7 -> 11.1 s CPU
 * on a quiet machine, and 5-20% less CPU in interleaved runs on a loaded one. The pool size is fixed when the
 * process starts: Node takes it only on the command line (or NODE_OPTIONS), not in a Worker's execArgv and not at
 * run time (v8.setFlagsFromString cannot change it), hence a new process. It is decided before the CLI bundle is
 * loaded (run.ts), so the parent costs one bare Node start-up; the child inherits stdin/stdout/stderr and its exit
 * code is the command's. A pool size already set by the user (execArgv or NODE_OPTIONS) is left alone.
 *
 * The scan process also gets a smaller TurboFan inlining budget (INLINING_FLAG): each worker compiles the analysis
 * on its own, and the largest functions (MIME parsing, link extraction, HTML tokenizing) are compiled several times
 * over as they deoptimize. Interleaved 2-worker runs of 2000 messages (per-thread CPU from /proc, loaded machine):
 * the default budget (920) 17.0-18.7 s of CPU, 460: 13.9-16.6 s, 230: 13.5-16.1 s, 115: 14.0-15.3 s, no inlining
 * 14.9-15.8 s with slower worker threads. Less inlining makes compiles cheaper (helper thread 5.0-5.6 s -> 3.5-4.2 s)
 * and, down to 115, did not make the worker threads slower. On the quiet machine (2 runs each): 230: 361-363 msg/s,
 * 11.5-11.6 s CPU; 115: 372-385 msg/s, 10.9-11.3 s (default at 01db29f: 284-304 msg/s, 13.9-15.0 s). Not measured
 * on other machines.
 *
 * And a larger tier-up budget (TIERING_FLAG, `--interrupt-budget`, V8's default 67,584): a function is optimised only
 * after about 4.4 times as much interpreted work, so a short-lived worker isolate compiles less of what it would
 * have deoptimised anyway, and the hot analysis code is still optimised within the first messages. Quiet machine,
 * 2 workers, 2000 messages, built CLI alternated: default 358-377 msg/s, 10.3-11.0 s CPU; 300,000: 424-439 msg/s,
 * 8.9-9.3 s CPU (600,000 and 1,200,000 the same within noise). The single-threaded `bench analyze` steady state did
 * not move (391 vs 393 msg/s), so it is kept to the scan process.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';

/** Set in the child's environment: it is the tuned scan process and does not respawn again. */
export const SCAN_PROCESS_ENV = 'SENDER_LENS_SCAN_PROCESS';

/** An eighth of V8's default cumulative inlining budget (920 bytes of bytecode): cheaper compiles per worker isolate. */
export const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=115';

/** About 4.4 times V8's default interrupt budget (67,584): functions tier up later, so each isolate compiles less. */
export const TIERING_FLAG = '--interrupt-budget=300000';

/** The V8 tuning flags of the scan process; each is left out when the user already set that flag. */
const TUNING_FLAGS = [INLINING_FLAG, TIERING_FLAG];

/**
 * V8 helper threads for a scan with this many workers: one per two workers (at least one). Measured on 2 cores
 * only (2 workers -> 1 thread); one per two keeps compilation from queueing behind a single thread on larger machines.
 */
export function scanPoolSize(workers: number): number {
  return Math.max(1, Math.ceil(workers / 2));
}

/**
 * The worker count a scan command line asks for (`--workers N` or `--workers=N`, the last one wins), or the
 * default (every core). A value that is not a positive integer gives the default: the real parse reports it.
 */
export function workersOf(argv: readonly string[]): number {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--workers') value = argv[++i];
    else if (a.startsWith('--workers=')) value = a.slice('--workers='.length);
  }
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 1 ? n : availableParallelism();
}

/** Node flags to start the scan process with, or null when this process should run the command itself. */
export function scanProcessFlags(argv: readonly string[], execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] | null {
  if (argv[0] !== 'scan' || env[SCAN_PROCESS_ENV]) return null;
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const userSet = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--v8-pool-size'));
  if (userSet) return null;
  const flags = [`--v8-pool-size=${scanPoolSize(workersOf(argv.slice(1)))}`];
  for (const flag of TUNING_FLAGS) {
    const name = flag.slice(0, flag.indexOf('=') + 1);
    if (!execArgv.some((a) => a.startsWith(name))) flags.push(flag);
  }
  return flags;
}

/**
 * In the scan process: when the process that started it is gone (killed without a chance to pass the signal on),
 * stop as a SIGTERM would (results already written to the state file stay; --resume continues from them). The
 * channel does not keep the process alive.
 */
export function followParent(): void {
  if (!process.env[SCAN_PROCESS_ENV] || !process.send) return;
  process.channel?.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** Runs this script again with `flags` in a child process; resolves to the exit code the command should have. */
export function respawnWithFlags(flags: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, process.argv[1]!, ...process.argv.slice(2)], {
    // stdin/stdout/stderr shared; an IPC channel only so that the child notices when this process is gone.
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [SCAN_PROCESS_ENV]: '1' },
  });
  // A signal for this process is the scan's: passed on (a terminal's Ctrl-C reaches both; the second is harmless).
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (s: NodeJS.Signals): void => {
    child.kill(s);
  };
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve) => {
    child.on('error', (e) => {
      process.stderr.write(`sender-lens scan: cannot start the scan process: ${e.message}\n`);
      resolve(3); // as main.ts for an error that is not the message's (exit-codes.ts: EXIT.usage), without loading the CLI
    });
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}
