import { formatCount } from '../io';
import { inputItems } from './inputs';

/** Below this many files a run is over too soon for a progress bar to help. */
const MANY_FILES = 50;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressState {
  done: number;
  /** undefined while the inputs are still being counted */
  total: number | undefined;
  errors: number;
  elapsedSeconds: number;
}

/** `[######------------------]  25%  2,500/10,000 files  850 files/s  1 error` */
export function progressLine({ done, total, errors, elapsedSeconds }: ProgressState): string {
  const rate = elapsedSeconds > 0 ? `  ${formatCount(Math.round(done / elapsedSeconds))} files/s` : '';
  const errorCount = errors > 0 ? `  ${formatCount(errors)} error${errors === 1 ? '' : 's'}` : '';
  if (total === undefined) return `${formatCount(done)} files (counting…)${rate}${errorCount}`;
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${bar} ${percent}  ${formatCount(done)}/${formatCount(total)} files${rate}${errorCount}`;
}

type Stderr = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * The stderr of `prachum parse`: messages, and on a terminal a progress bar kept on the last
 * line. The total comes from a second, counting walk of the inputs that runs alongside.
 */
export class ParseReporter {
  private total: number | undefined;
  private counting = true;
  private barShown = false;
  private lastDraw = 0;

  constructor(
    private readonly stderr: Stderr,
    paths: readonly string[],
    private readonly started: number,
  ) {
    // If counting fails, the bar simply shows no total.
    if (stderr.isTTY) this.countInputs(paths).catch(() => {});
    else this.counting = false;
  }

  /** A line about one input; the bar, if shown, is redrawn below it on the next update. */
  message(line: string): void {
    this.clearBar();
    this.stderr.write(`${line}\n`);
  }

  update(done: number, errors: number): void {
    if (!this.stderr.isTTY || Math.max(done, this.total ?? 0) < MANY_FILES) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    const line = progressLine({
      done,
      total: this.total,
      errors,
      elapsedSeconds: (now - this.started) / 1000,
    });
    // Stay within one terminal line (a pseudo-terminal may report 0 columns: assume 80).
    const width = this.stderr.columns || 80;
    this.stderr.write(`\r${line.slice(0, width - 1)}\x1b[K`);
    this.barShown = true;
  }

  /** Removes the bar and stops counting, before the summary line. */
  finish(): void {
    this.counting = false;
    this.clearBar();
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.stderr.write('\r\x1b[K');
    this.barShown = false;
  }

  private async countInputs(paths: readonly string[]): Promise<void> {
    let total = 0;
    for await (const item of inputItems(paths)) {
      if (!this.counting) return;
      if (item.kind === 'report' || item.kind === 'stdin') total++;
    }
    this.total = total;
  }
}
