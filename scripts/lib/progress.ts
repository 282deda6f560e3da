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

function eta(startedAt: number, done: number, total: number): string {
  if (done === 0) return '?';
  const seconds = (((Date.now() - startedAt) / done) * (total - done)) / 1000;
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
  return {
    tick(step = 1) {
      count += step;
      if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now();
        console.error(`${label}: ${count}/${total}, ETA ${eta(startedAt, count, total)}`);
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
