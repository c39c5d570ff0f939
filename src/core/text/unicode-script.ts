/** Script and identifier-status look-ups from the generated Unicode tables (binary search over ranges). */
import { SCRIPT_NAMES, SCRIPT_RANGES, ALLOWED_RANGES } from '../reference/generated/unicode-scripts.js';

interface Ranges {
  starts: Uint32Array;
  ends: Uint32Array;
  vals: Uint16Array;
}

function parse(packed: string): Ranges {
  const items = packed.split(',');
  const r: Ranges = { starts: new Uint32Array(items.length), ends: new Uint32Array(items.length), vals: new Uint16Array(items.length) };
  items.forEach((it, i) => {
    const [range = '', val] = it.split(':');
    const [a = '0', b] = range.split('-');
    r.starts[i] = parseInt(a, 16);
    r.ends[i] = parseInt(b ?? a, 16);
    r.vals[i] = val === undefined ? 1 : parseInt(val, 36);
  });
  return r;
}

let scripts: Ranges | null = null;
let allowed: Ranges | null = null;

function find(r: Ranges, cp: number): number {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (r.starts[mid] ?? 0)) hi = mid - 1;
    else if (cp > (r.ends[mid] ?? 0)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Unicode Script property value (e.g. `Latin`, `Cyrillic`, `Common`, `Inherited`), `Unknown` when unassigned. */
export function scriptOf(cp: number): string {
  scripts ??= parse(SCRIPT_RANGES);
  const i = find(scripts, cp);
  return i < 0 ? 'Unknown' : (SCRIPT_NAMES[scripts.vals[i] ?? 0] ?? 'Unknown');
}

/** UTS #39 3.1 Identifier_Status=Allowed. */
export function isAllowedInIdentifier(cp: number): boolean {
  allowed ??= parse(ALLOWED_RANGES);
  return find(allowed, cp) >= 0;
}
