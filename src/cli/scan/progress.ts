/**
 * The progress line on a terminal: messages done (of the total when known), rate, time left, faults. Redrawn at
 * most every REDRAW_MS; on a non-terminal stderr nothing is drawn (the summary is printed at the end either way).
 */
const REDRAW_MS = 100;
const BAR = 24;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

export function progressLine(done: number, total: number | null, elapsedMs: number, faults: number): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const parts: string[] = [];
  if (total) {
    const filled = Math.min(BAR, Math.round((done / total) * BAR));
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total}`);
  } else {
    parts.push(`${done} messages`);
  }
  parts.push(`${rate.toFixed(0)} msg/s`);
  if (total && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
  if (faults) parts.push(`${faults} faults`);
  return parts.join('  ');
}

export class Progress {
  private last = 0;
  private readonly started: number;

  constructor(
    private readonly write: ((text: string) => void) | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(done: number, total: number | null, faults: number): void {
    if (!this.write) return;
    const t = this.now();
    if (t - this.last < REDRAW_MS) return;
    this.last = t;
    this.write(`\r\u001b[K${progressLine(done, total, t - this.started, faults)}`);
  }

  /** Clears the line before the summary is printed. */
  finish(): void {
    this.write?.('\r\u001b[K');
  }

  elapsedMs(): number {
    return this.now() - this.started;
  }
}
