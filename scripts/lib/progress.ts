/**
 * Progress for long stages, on stderr so stdout stays clean for piping. On a terminal it is a live
 * bar (cli-progress) with counts and ETA; elsewhere (CI, logs) a line every few seconds.
 */
import cliProgress from 'cli-progress';

/** A progress display for one stage of `total` steps. */
export interface Progress {
  tick(step?: number): void;
  done(): void;
}

const LOG_EVERY_MS = 5000;

/** Time left for `total - done` steps at the rate since the first step (`sinceFirstMs` for the
 * `done - firstCount` steps after it), or "?" before there is a rate. Timed from the first step
 * because a stage's set-up before it (Astro's content sync and bundling, ~20 s at 10,000 pages)
 * would otherwise make the first estimates absurd. */
export function eta(sinceFirstMs: number, firstCount: number, done: number, total: number): string {
  if (done <= firstCount) return '?';
  const seconds = ((sinceFirstMs / (done - firstCount)) * Math.max(0, total - done)) / 1000;
  return `${seconds.toFixed(0)}s`;
}

/** Starts a progress display for `label`; silent when `quiet` or when there is nothing to do. */
export function startProgress(label: string, total: number, quiet = false): Progress {
  if (quiet || total === 0) return { tick: () => undefined, done: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label.padEnd(10)} {bar} {value}/{total} | ETA {eta_formatted}`,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: (step = 1) => bar.increment(step), done: () => bar.stop() };
  }
  const startedAt = Date.now();
  let count = 0;
  let lastLog = startedAt;
  let firstAt: number | null = null;
  let firstCount = 0;
  return {
    tick(step = 1) {
      count += step;
      if (firstAt === null) {
        firstAt = Date.now();
        firstCount = count;
      }
      if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now();
        const since = Date.now() - firstAt;
        console.error(`${label}: ${count}/${total}, ETA ${eta(since, firstCount, count, total)}`);
      }
    },
    done() {
      console.error(
        `${label}: ${count}/${total} in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`,
      );
    },
  };
}

/** A `(stage, done, total)` callback, such as `analyseCorpus` takes, shown as one progress display
 * per stage: a stage opens on its first report and closes when `done` reaches `total`. */
export function stagedProgress(
  quiet = false,
): (stage: string, done: number, total: number) => void {
  let current: { stage: string; progress: Progress; done: number } | null = null;
  return (stage, done, total) => {
    if (current?.stage !== stage) {
      current?.progress.done();
      current = { stage, progress: startProgress(stage, total, quiet), done: 0 };
    }
    current.progress.tick(done - current.done);
    current.done = done;
    if (done >= total) {
      current.progress.done();
      current = null;
    }
  };
}
