/**
 * `npm test`: every check the project has, ending with one line `N passed, N failed`.
 *
 *  1. format (prettier)
 *  2. unit, property and golden tests (vitest: src/, tests/unit/, bench/, scripts/), the quotation
 *     gate (`npm run bench:quotes`) and the extraction gate (`npm run bench:extract -- --ours-only`),
 *     each failing when a figure drops below its floor
 *  3. the ingest of seeds/ (`npm run ingest`), whose entries give the content types
 *  4. the fixture site: the inputs of tests/fixtures/site/seeds/, written for the build-output and
 *     browser tests (many outlets, undated articles, a one-article story, long quotes, several
 *     languages), ingested in a copy of the project (.test-dist/fixture-site/) and built twice,
 *     at the domain root with an origin (`SITE_URL` set) and under a sub-path without one, the
 *     second with listing pages of 2 items, so listings span several pages
 *  5. type check (astro check, after the ingest has generated the content types), then lint
 *     (eslint with type information, which needs those types: `astro:content`, `import.meta.env`)
 *  6. build-output and browser tests (vitest: tests/dist/, tests/browser/): every file against
 *     the root build, and the files named `*.base-path.test.ts` also against the sub-path build
 *     (see tests/support/dist-env.ts)
 *  7. a small site built from the versions fixtures (captures of one address) in a copy of its
 *     own (.test-dist/versions-site/), and its tests (tests/versions/)
 *  8. an incremental rebuild: the fixture site built without two of its inputs and with one more,
 *     then with its own inputs in the same copy (.test-dist/incremental-site/), reusing the first
 *     build's caches and output folder; its output must equal the root build of step 4 byte for
 *     byte, with nothing left of the input removed (tests/incremental/)
 *
 * Three lanes run side by side, as no step of one needs another lane's: the code's tests (2, then
 * the gates), the code's checks (1, 3, 5, then the builds of 8) and the sites (4, 6, 7, then the
 * tests of 8, which need the root build of 4). The browser tests leave a core
 * idle while Chromium waits, as do the single-threaded checks; side by side they fill both cores
 * (219 s instead of 259 s on two cores). Each step's output is printed whole when it ends, so the
 * lanes' lines do not interleave.
 *
 * Each gate (format, lint, ingest, a build, type check) counts as one test; vitest's tests count
 * one each.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { copyProject } from '../bench/scale/bench-project-fs.ts';
import { readCommand } from './lib/command-line.ts';

readCommand({
  name: 'test',
  summary:
    'Every check the project has, in order (format, lint, unit and golden tests, the quotation ' +
    'gate, the ingest of the seeds, two builds of the fixture site, type check, build-output and ' +
    'browser tests), ending with one line "N passed, N failed".',
  operands: '',
  options: {},
  help: {},
});

interface Tally {
  passed: number;
  failed: number;
  failures: string[];
}

const tally: Tally = { passed: 0, failed: 0, failures: [] };
const REPORT_DIR = '.test-dist/reports';
const SUB_BASE = '/archive/';
/** The copy of the project the fixture site is built in, and the inputs it is built from. */
const FIXTURE = '.test-dist/fixture-site';
const FIXTURE_SEEDS = 'tests/fixtures/site/seeds';
/** Where the fixture site's two builds go, inside the copy. */
const ROOT_OUT = `${FIXTURE}/dist`;
const SUB_OUT = `${FIXTURE}/sub`;
/** The sub-path build's listing page size: small, so paging across pages is tested. */
const SUB_LIST_PAGE_SIZE = '2';
/** The copy the versions fixtures' site is built in (root, with an origin), and its inputs. */
const VERSIONS = '.test-dist/versions-site';
const VERSIONS_SEEDS = 'tests/fixtures/versions/seeds';
/** The copy an incremental rebuild is tested in: built from the fixture inputs but `HELD_BACK`
 * (from their own folder), then again with them, reusing what the first build left. */
const INCREMENTAL = '.test-dist/incremental-site';
const INCREMENTAL_SEEDS = '.test-dist/incremental-seeds';
/** Inputs that join an existing story, print its quotes and name its people (and one of a story
 * of its own), so a rebuild changes some pages of the first build and leaves others. */
const HELD_BACK = ['wire-bridge-closure.html', 'gazette-library-sundays.html'];
/** An input of the first build only (a real article, with its quotes and people), so the rebuild
 * must remove the pages it gave as a build into an empty folder would not have them. */
const FIRST_BUILD_ONLY = 'seeds/004_2fc514886c8a6ac5.txt';
/** The origin the root build is made for; the sub-path build has none (no feeds, no sitemap). */
const ROOT_ORIGIN = 'https://archive.example.org';
/** A script runs in this Node, which strips its types, as the npm scripts run them. */
const NODE = process.execPath;
/** A tool runs from the project's own binaries, as `npx` would find it, without the Node process
 * `npx` starts first (a third of a second of CPU each time); a script runs without `npm run`'s. */
const tool = (name: string): string => resolve('node_modules/.bin', name);

/** Runs a command, its output held and printed whole when it ends (steps run side by side, and
 * their lines would interleave); true when it exits 0. */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = '.',
  logFile?: string,
): Promise<boolean> {
  const where = cwd === '.' ? '' : `(cd ${cwd}) `;
  const line = `$ ${where}${[...Object.entries(env).map(([k, v]) => `${k}=${v}`), cmd, ...args].join(' ')}`;
  console.log(`started: ${line}`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString();
      if (logFile !== undefined) writeFileSync(logFile, text);
      process.stdout.write(`\n${line}\n${text}`);
      console.log(`(exit ${code ?? 'signal'} after ${seconds} s)`);
      done(code === 0);
    });
  });
}

function count(name: string, ok: boolean): boolean {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failures.push(name);
  }
  return ok;
}

async function gate(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<boolean> {
  return count(name, await run(cmd, args, env));
}

async function vitest(name: string, paths: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const report = `${REPORT_DIR}/${name}.json`;
  rmSync(report, { force: true });
  const ok = await run(
    tool('vitest'),
    ['run', ...paths, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (!existsSync(report)) {
    tally.failed += 1;
    tally.failures.push(`${name} (vitest did not report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { name: string; status: string; message?: string }[];
  };
  tally.passed += json.numPassedTests;
  tally.failed += json.numFailedTests;
  if (json.numFailedTests > 0) tally.failures.push(`${name}: ${json.numFailedTests} failed`);
  const brokenFiles = json.testResults.filter(
    (t) => t.status === 'failed' && json.numFailedTests === 0,
  );
  if (!ok && json.numFailedTests === 0) {
    tally.failed += Math.max(1, brokenFiles.length);
    tally.failures.push(`${name}: a test file failed to load`);
  }
}

/** Browser tests need Debian's Chromium; install it when missing and we may (as root, like CI). */
async function ensureChromium(): Promise<void> {
  if (existsSync('/usr/bin/chromium') || process.getuid?.() !== 0) return;
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
}

/** Ingests the inputs of the project copy `project` and builds its site at the root with an
 * origin into `project`/dist, the build's output also kept in `logFile` when given; false when a
 * step fails. */
async function ingestAndBuild(project: string, logFile?: string): Promise<boolean> {
  return (
    (await run(NODE, ['scripts/ingest.ts', '--quiet'], {}, project)) &&
    (await run(
      NODE,
      ['scripts/build-site.ts'],
      { SITE_URL: ROOT_ORIGIN, OUT_DIR: resolve(project, 'dist') },
      project,
      logFile,
    ))
  );
}

/** Copies the project into `project` with `seeds` as its inputs, ingests them and builds the
 * site at the root with an origin into `project`/dist; false when a step fails. */
async function buildFixtureSite(project: string, seeds: string): Promise<boolean> {
  await copyProject(resolve('.'), resolve(project), resolve(seeds));
  return ingestAndBuild(project);
}

/** Builds the fixture site without `HELD_BACK` and with `FIRST_BUILD_ONLY`, then adds the first,
 * removes the second and builds it again in the same copy (its ingest cache, Astro's page cache
 * and its output folder kept), with the root build's settings; the rebuild's output is kept in
 * `rebuild.log`. False when a step fails. */
async function buildIncrementalSite(): Promise<boolean> {
  rmSync(INCREMENTAL_SEEDS, { recursive: true, force: true });
  mkdirSync(INCREMENTAL_SEEDS, { recursive: true });
  const copy = (names: readonly string[]): void => {
    for (const name of names)
      copyFileSync(join(FIXTURE_SEEDS, name), join(INCREMENTAL_SEEDS, name));
  };
  copy(readdirSync(FIXTURE_SEEDS).filter((name) => !HELD_BACK.includes(name)));
  const extra = join(INCREMENTAL_SEEDS, basename(FIRST_BUILD_ONLY));
  copyFileSync(FIRST_BUILD_ONLY, extra);
  if (!(await buildFixtureSite(INCREMENTAL, INCREMENTAL_SEEDS))) return false;
  rmSync(extra);
  copy(HELD_BACK);
  return ingestAndBuild(INCREMENTAL, join(INCREMENTAL, 'rebuild.log'));
}

/** The incremental rebuild against the root build of the same inputs, once both are built. */
async function checkIncrementalSite(built: Promise<boolean>, rootBuilt: boolean): Promise<void> {
  if (count('fixture site rebuilt incrementally', await built) && rootBuilt)
    await vitest('incremental', ['--project', 'incremental'], {
      INCREMENTAL_DIST: `${INCREMENTAL}/dist`,
      INCREMENTAL_LOG: `${INCREMENTAL}/rebuild.log`,
      COLD_DIST: ROOT_OUT,
    });
}

/** The build-output and browser test files that also run against the sub-path build. */
function basePathTests(): string[] {
  return ['tests/dist', 'tests/browser'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.base-path.test.ts'))
      .map((name) => join(dir, name)),
  );
}

/** The code's tests: unit, property and golden tests, then the two gates. */
async function testCode(): Promise<void> {
  await vitest('unit', ['src', 'tests/unit', 'bench', 'scripts']);
  await gate('quotation gate (bench:quotes floors)', NODE, ['bench/quotes/bench-quotes.ts']);
  // The extraction benchmarks live beside the project (../shared/benchmarks); without them the
  // gate cannot run, and says so rather than passing.
  if (existsSync('../shared/benchmarks/multilingual-extraction'))
    await gate('extraction gate (bench:extract floors)', NODE, [
      'bench/extract/bench-extract.ts',
      '--ours-only',
    ]);
  else console.log('\nextraction gate: ../shared/benchmarks not found, not run');
}

/** The code's checks: format, the seeds' ingest, then type check and lint (after the ingest,
 * whose entries give the content types both read). */
async function checkCode(): Promise<void> {
  await gate('format', tool('prettier'), ['--check', '.']);
  await gate('ingest of seeds/', NODE, ['scripts/ingest.ts', '--quiet']);
  await gate('astro check', tool('astro'), ['check']);
  await gate('lint', tool('eslint'), ['.']);
}

/** The fixture site built at the root and under the sub-path, and the tests of each build; true
 * when the root build was made. The sub-path build runs beside the root build's tests, which do
 * not read it. */
async function checkFixtureSite(): Promise<boolean> {
  const rootBuilt = count(
    'fixture site built at /',
    await buildFixtureSite(FIXTURE, FIXTURE_SEEDS),
  );
  const subBuilt = rootBuilt
    ? run(
        NODE,
        ['scripts/build-site.ts'],
        { BASE_PATH: SUB_BASE, OUT_DIR: resolve(SUB_OUT), LIST_PAGE_SIZE: SUB_LIST_PAGE_SIZE },
        FIXTURE,
      )
    : Promise.resolve(false);
  if (rootBuilt)
    await vitest('site-root', ['tests/dist', 'tests/browser'], {
      DIST_DIR: ROOT_OUT,
      DIST_BASE: '/',
      DIST_SITE_URL: ROOT_ORIGIN,
      DIST_PROJECT: FIXTURE,
    });
  if (count('fixture site built at sub-path', await subBuilt))
    await vitest('site-sub', basePathTests(), {
      DIST_DIR: SUB_OUT,
      DIST_BASE: SUB_BASE,
      LIST_PAGE_SIZE: SUB_LIST_PAGE_SIZE,
      DIST_PROJECT: FIXTURE,
    });
  return rootBuilt;
}

/** The versions fixtures' site, and its tests. */
async function checkVersionsSite(): Promise<void> {
  if (count('versions fixture site built', await buildFixtureSite(VERSIONS, VERSIONS_SEEDS)))
    await vitest('versions', ['--project', 'versions'], {
      DIST_DIR: `${VERSIONS}/dist`,
      DIST_BASE: '/',
      DIST_SITE_URL: ROOT_ORIGIN,
      DIST_PROJECT: VERSIONS,
    });
}

mkdirSync(REPORT_DIR, { recursive: true });
await ensureChromium();
// Three lanes side by side: no step of one needs another lane's, and the browser tests mostly wait
// on Chromium, which leaves a core to the others.
// The incremental site is built in the checks' lane, which ends first, and compared with the
// fixture site's root build once that is made.
const incrementalBuilt = checkCode().then(buildIncrementalSite);
await Promise.all([
  testCode(),
  incrementalBuilt,
  checkFixtureSite().then(async (rootBuilt) => {
    await checkVersionsSite();
    await checkIncrementalSite(incrementalBuilt, rootBuilt);
  }),
]);

if (tally.failures.length > 0) console.log(`\nFailed: ${tally.failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 ? 1 : 0;
