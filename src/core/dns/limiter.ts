/** A counting semaphore bounding concurrent requests. Waiters leave the queue when their signal aborts. */

export interface Limiter {
  /** Resolves with a release function, or null when `signal` aborted first. */
  acquire(signal?: AbortSignal): Promise<(() => void) | null>;
  readonly active: number;
}

export function createLimiter(max: number): Limiter {
  const limit = Number.isInteger(max) && max >= 1 ? max : 1;
  let active = 0;
  const queue: Array<() => void> = [];
  const release = (): void => {
    active--;
    const next = queue.shift();
    if (next) next();
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  return {
    get active() {
      return active;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve(null);
      if (active < limit) {
        active++;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        const grant = (): void => {
          signal?.removeEventListener('abort', onAbort);
          active++;
          resolve(once());
        };
        const onAbort = (): void => {
          const i = queue.indexOf(grant);
          if (i !== -1) queue.splice(i, 1);
          resolve(null);
        };
        queue.push(grant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
