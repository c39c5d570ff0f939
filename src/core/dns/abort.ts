/** AbortSignal helpers that work without AbortSignal.any (older extension hosts). */

/** A controller that aborts when any of `signals` aborts, or after `ms` (reason 'timeout'). dispose() clears the timer. */
export function linkedController(
  signals: Array<AbortSignal | undefined>,
  ms?: number,
): {
  controller: AbortController;
  timedOut: () => boolean;
  dispose: () => void;
} {
  const controller = new AbortController();
  let timedOut = false;
  const cleanups: Array<() => void> = [];
  for (const s of signals) {
    if (!s) continue;
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    const on = (): void => controller.abort(s.reason);
    s.addEventListener('abort', on, { once: true });
    cleanups.push(() => s.removeEventListener('abort', on));
  }
  if (ms !== undefined && !controller.signal.aborted) {
    const timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort('timeout');
      },
      Math.max(0, ms),
    );
    cleanups.push(() => clearTimeout(timer));
  }
  return { controller, timedOut: () => timedOut, dispose: () => cleanups.forEach((c) => c()) };
}

/** Resolves with `p`'s value, or with `onAbort()` as soon as `signal` aborts. A late rejection of `p` is swallowed. */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal, onAbort: () => T): Promise<T> {
  p.catch(() => undefined);
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise<T>((resolve, reject) => {
    const on = (): void => resolve(onAbort());
    signal.addEventListener('abort', on, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', on);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', on);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
