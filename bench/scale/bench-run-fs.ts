/**
 * Running one timed stage of a benchmark build as a child process: wall-clock seconds, peak
 * resident memory (GNU time's maximum RSS of the largest process when /usr/bin/time exists,
 * otherwise the largest sum over the process tree sampled from /proc), every output line to a
 * log file and to a callback (for progress displays).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** How a stage ended. */
export interface RunOutcome {
  readonly seconds: number;
  /** Peak RSS in bytes, or null when neither GNU time nor /proc could tell. */
  readonly peakRss: number | null;
  readonly code: number;
}

/** Options of {@link runTimed}. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** File every output line is appended to. */
  readonly log: string;
  readonly onLine?: (line: string) => void;
}

const GNU_TIME = '/usr/bin/time';

async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of await readdir(`/proc/${p}/task`)) {
        const children = await readFile(`/proc/${p}/task/${task}/children`, 'utf8').catch(() => '');
        stack.push(
          ...children
            .split(' ')
            .filter((c) => c.trim() !== '')
            .map(Number),
        );
      }
    } catch {
      // The process ended between listing and reading: it no longer holds memory.
    }
  }
  return total;
}

/** Runs `cmd args` and measures it. Resolves with the outcome whatever the exit code. */
export async function runTimed(
  cmd: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunOutcome> {
  const timeFile = `${options.log}.time`;
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]]
    : [cmd, [...args]];
  const log = createWriteStream(options.log);
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let sampled = 0;
  const timer = useTime
    ? null
    : setInterval(() => {
        if (child.pid !== undefined)
          void treeRss(child.pid).then((rss) => (sampled = Math.max(sampled, rss)));
      }, 250);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`${line}\n`);
      options.onLine?.(line);
    });
  }
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (timer) clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  let peakRss: number | null = sampled > 0 ? sampled : null;
  if (useTime) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    const kb = Number(/(\d+)\s*$/.exec(text.trim())?.[1] ?? NaN);
    peakRss = Number.isFinite(kb) ? kb * 1024 : null;
    await rm(timeFile, { force: true });
  }
  return { seconds, peakRss, code };
}

/** The repository's own binaries folder, put first on the PATH of every stage so `node` is the
 * project's Node 24 (which runs the TypeScript scripts) and `astro`, `pagefind` are the installed
 * versions. */
export function binDir(repo: string): string {
  return join(repo, 'node_modules', '.bin');
}
