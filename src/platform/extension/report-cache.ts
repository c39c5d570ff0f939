/**
 * Per-message report cache: one analysis per message id, concurrent requests share the in-flight promise
 * (the display script and the popup usually ask at the same time). Bounded LRU; failures are not cached.
 */
export interface ReportCache<K, V> {
  get(key: K, compute: () => Promise<V>): Promise<V>;
  peek(key: K): Promise<V> | undefined;
  clear(): void;
  readonly size: number;
}

export function createReportCache<K, V>(maxEntries: number): ReportCache<K, V> {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  const map = new Map<K, Promise<V>>();
  const touch = (key: K, p: Promise<V>): void => {
    map.delete(key);
    map.set(key, p);
    while (map.size > maxEntries) {
      const oldest = map.keys().next();
      if (oldest.done) break;
      map.delete(oldest.value);
    }
  };
  return {
    get(key, compute) {
      const hit = map.get(key);
      if (hit) {
        touch(key, hit);
        return hit;
      }
      let p: Promise<V>;
      try {
        p = compute();
      } catch (err) {
        p = Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      touch(key, p);
      p.catch(() => {
        if (map.get(key) === p) map.delete(key);
      });
      return p;
    },
    peek: (key) => map.get(key),
    clear: () => map.clear(),
    get size() {
      return map.size;
    },
  };
}
