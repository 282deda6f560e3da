/**
 * The timed builds of one benchmark run: ours exactly as `npm run build` runs it (ingest, then
 * `astro build`, the bulk export, then `pagefind`), in a copy of the project, and the baseline (its `astro build`,
 * then `pagefind`). Each stage is a child process; the ingest's own progress lines are relayed,
 * its sub-stage timings ("clean: 2000/2000 in 9.1s") become rows of their own, and Astro's page
 * lines drive a progress display with counts and ETA.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildResult, StageResult } from './bench-table.ts';
import { binDir, runTimed } from './bench-run-fs.ts';
import { estimatePages } from '../../scripts/lib/page-estimate-fs.ts';
import { listFiles, treeSize } from './bench-project-fs.ts';
import { distBreakdown } from './dist-breakdown.ts';
import { startProgress } from '../../scripts/lib/progress.ts';
import { countPageLine, type PageCount } from '../../scripts/lib/astro-page-lines.ts';

/** A stage to run: its name in the table, and the command. */
interface Stage {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  /** Pages Astro is expected to write, for its progress display (an estimate), asked for when the
   * stage starts (after the ingest has written the corpus it depends on). */
  readonly pages?: () => Promise<number>;
}

/** Our ingest, as the build runs it (a bad input is reported, the rest built). */
const INGEST: Stage = { name: 'ingest', cmd: 'node', args: ['scripts/ingest.ts', '--keep-going'] };

const SUBSTAGE_DONE = /^([a-z][\w -]*): (\d+)\/(\d+) in ([\d.]+)s$/i;
const SUBSTAGE_PROGRESS = /^[a-z][\w -]*: \d+\/\d+, ETA/i;

/** A build that stopped at a failing stage: the stages so far, and the stage that failed. */
export interface FailedBuild {
  readonly failed: string;
  readonly stages: readonly StageResult[];
  readonly log: string;
}

async function runStages(
  repo: string,
  cwd: string,
  logs: string,
  stages: readonly Stage[],
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<{ stages: StageResult[]; failed: string | null }> {
  await mkdir(logs, { recursive: true });
  const out: StageResult[] = [];
  const env = {
    PATH: `${binDir(repo)}:${process.env.PATH ?? ''}`,
    OUT_DIR: 'dist',
    ASTRO_TELEMETRY_DISABLED: '1',
    // A larger heap for archives past what Node's default holds (N = 100,000).
    ...(process.env.NODE_OPTIONS === undefined ? {} : { NODE_OPTIONS: process.env.NODE_OPTIONS }),
    ...extraEnv,
  };
  for (const stage of stages) {
    const sub: StageResult[] = [];
    const progress =
      stage.pages === undefined ? null : startProgress(stage.name, await stage.pages());
    console.error(`${stage.name}: ${[stage.cmd, ...stage.args].join(' ')}`);
    const pages: PageCount = { written: 0, reused: 0 };
    const outcome = await runTimed(stage.cmd, stage.args, {
      cwd,
      env,
      log: join(logs, `${stage.name.replace(/\W+/g, '-')}.log`),
      onLine: (line) => {
        const done = SUBSTAGE_DONE.exec(line.trim());
        if (done)
          sub.push({ name: `${stage.name}: ${done[1]}`, seconds: Number(done[4]), peakRss: null });
        if (done || SUBSTAGE_PROGRESS.test(line.trim()) || /^ingest: \d+ entries/.test(line))
          console.error(`  ${line.trim()}`);
        if (countPageLine(line, pages)) progress?.tick();
      },
    });
    progress?.done();
    out.push(
      {
        name: stage.name,
        seconds: outcome.seconds,
        peakRss: outcome.peakRss,
        ...(pages.written > 0 ? { pages } : {}),
      },
      ...sub,
    );
    console.error(
      `${stage.name}: ${outcome.seconds.toFixed(1)}s${outcome.code === 0 ? '' : `, FAILED (exit ${outcome.code})`}`,
    );
    if (outcome.code !== 0) return { stages: out, failed: stage.name };
  }
  return { stages: out, failed: null };
}

async function result(cwd: string, stages: StageResult[], entries: number): Promise<BuildResult> {
  const dist = await treeSize(join(cwd, 'dist'));
  const index = await treeSize(join(cwd, 'dist', 'pagefind'));
  const seconds = stages
    .filter((s) => !s.name.includes(':'))
    .reduce((sum, s) => sum + s.seconds, 0);
  return {
    stages,
    seconds,
    entries,
    distBytes: dist.bytes,
    distFiles: dist.files,
    indexBytes: index.bytes,
    parts: distBreakdown(await listFiles(join(cwd, 'dist'))),
  };
}

/** Builds our site in the project copy `cwd` from its `seeds` link; `articles` sizes the progress
 * display; `env` adds settings such as `BASE_PATH`. Returns the measurements, or the failure. */
export async function buildOurs(
  repo: string,
  cwd: string,
  logs: string,
  articles: number,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult | FailedBuild> {
  const run = await runStages(
    repo,
    cwd,
    logs,
    [
      INGEST,
      {
        name: 'astro build',
        cmd: 'astro',
        args: ['build'],
        pages: () => estimatePages(cwd, articles),
      },
      { name: 'bulk export', cmd: 'node', args: ['scripts/bulk-export.ts'] },
      { name: 'pagefind', cmd: 'pagefind', args: ['--site', 'dist'] },
    ],
    env,
  );
  if (run.failed) return { failed: run.failed, stages: run.stages, log: logs };
  const entries = (await readdir(join(cwd, 'src/content/archive/articles'))).filter((n) =>
    n.endsWith('.md'),
  ).length;
  return result(cwd, run.stages, entries);
}

/** Runs only our ingest in the project copy `cwd` (to compare one input form with another). */
export async function runIngest(repo: string, cwd: string, logs: string): Promise<StageResult[]> {
  const run = await runStages(repo, cwd, logs, [INGEST]);
  if (run.failed) throw new Error(`the ingest in ${cwd} failed; see ${logs}`);
  return run.stages;
}

/** Builds the baseline site in `cwd` (written by `writeBaseline`) with `entries` pages. */
export async function buildBaseline(
  repo: string,
  cwd: string,
  logs: string,
  entries: number,
): Promise<BuildResult | FailedBuild> {
  const run = await runStages(repo, cwd, logs, [
    { name: 'astro build', cmd: 'astro', args: ['build'], pages: () => Promise.resolve(entries) },
    { name: 'pagefind', cmd: 'pagefind', args: ['--site', 'dist'] },
  ]);
  if (run.failed) return { failed: run.failed, stages: run.stages, log: logs };
  return result(cwd, run.stages, entries);
}

/** True when `build` stopped at a failing stage. */
export function isFailed(build: BuildResult | FailedBuild): build is FailedBuild {
  return 'failed' in build;
}
