/**
 * The exec loop of the regex audit, run inside a worker thread so that a catastrophic (exponential) pattern can
 * be stopped by terminating the worker instead of hanging the test run. Exported as source text for
 * `new Worker(code, { eval: true })` (plain JavaScript, no imports).
 */

export interface AuditJob {
  id: number;
  source: string;
  flags: string;
  /** Strings repeated to build the inputs. */
  units: string[];
  /** The pattern's skeleton, also used as a prefix before each pump (reaches past anchors). */
  skeleton: string;
  /** Full input length to check against the bound (100 K, or the caller's documented cap). */
  size: number;
}

export interface AuditHit {
  id: number;
  input: string;
  size: number;
  ms: number;
}

/** Messages from the worker: `start` before each job (so a hang can be attributed), `hit`, and `done`. */
export type AuditMessage = { kind: 'start'; id: number } | { kind: 'hit'; hit: AuditHit } | { kind: 'done' };

export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { jobs, boundMs, tails } = workerData;
const cache = new Map();
function pump(unit, size) {
  const key = size + '\u0000' + unit;
  let s = cache.get(key);
  if (s === undefined) {
    if (cache.size > 5000) cache.clear();
    s = unit.repeat(Math.ceil(size / unit.length));
    cache.set(key, s);
  }
  return s;
}
function time(re, text) {
  re.lastIndex = 0;
  const t0 = performance.now();
  re.exec(text);
  return performance.now() - t0;
}
for (const job of jobs) {
  parentPort.postMessage({ kind: 'start', id: job.id });
  const re = new RegExp(job.source, job.flags);
  const prefixes = job.skeleton ? ['', job.skeleton] : [''];
  outer: for (const unit of job.units) {
    for (const prefix of prefixes) {
      for (const tail of tails) {
        // Ladder: small sizes first, so a super-linear pattern is caught before the full size takes long.
        for (const n of [1000, 10000, job.size]) {
          const size = Math.min(n, job.size);
          const text = prefix + pump(unit, size) + tail;
          let ms = time(re, text);
          const scale = size >= 10000 ? job.size / size : 1;
          if (ms * scale > boundMs && ms <= boundMs) ms = Math.min(ms, time(re, text)); // re-time: a GC pause is not a blowup
          const label = JSON.stringify(prefix) + ' + ' + JSON.stringify(unit) + ' x ' + Math.ceil(size / unit.length) + ' + ' + JSON.stringify(tail);
          // Flag when the time, extrapolated linearly to the full size, exceeds the bound (sound for anything at
          // least linear; a quadratic pattern is caught at 10 K without paying seconds at 100 K).
          // On a loaded machine (CI's 2 cores shared with browsers) a linear pattern can overrun the bound: before
          // flagging, confirm the growth. Linear work grows ~10x from size/10 to size (up to ~40x with warm-up and GC noise),
          // quadratic ~100x; a pattern
          // still over 5x the bound is flagged whatever its growth.
          let linearUnderLoad = false;
          if (ms * scale > boundMs) {
            const big = Math.min(ms, time(re, text), time(re, text));
            const smallText = prefix + pump(unit, Math.max(1, Math.floor(size / 10))) + tail;
            const small = Math.max(0.05, Math.min(time(re, smallText), time(re, smallText), time(re, smallText)));
            linearUnderLoad = big / small <= 40 && big * scale <= boundMs * 5;
          }
          if (ms * scale > boundMs && !linearUnderLoad) {
            const note = scale > 1 ? ' (at ' + size + ' chars; linear extrapolation to ' + job.size + ' exceeds the bound)' : '';
            parentPort.postMessage({ kind: 'hit', hit: { id: job.id, input: label + note, size, ms } });
            break outer;
          }
          if (size >= job.size) break;
          // The plain run of each unit (no prefix, first tail) always goes to the full size.
          if (prefix === '' && tail === tails[0]) continue;
          // Other shapes escalate only when this rung was slow enough to hide a super-linear trend.
          if (size >= 10000 && ms < 0.5) break;
          if (size < 10000 && ms < 0.2) break;
        }
      }
    }
  }
}
parentPort.postMessage({ kind: 'done' });
`;
