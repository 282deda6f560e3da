/**
 * `npm test`: every check the project has, in order, ending with one line `N passed, N failed`.
 *
 *  1. format (prettier), lint (eslint)
 *  2. unit, property and golden tests (vitest: src/, tests/unit/, bench/, scripts/), the quotation
 *     gate (`npm run bench:quotes`) and the extraction gate (`npm run bench:extract -- --ours-only`),
 *     each failing when a figure drops below its floor
 *  3. the site built from seeds/ at the domain root with an origin (dist/, `SITE_URL` set) and
 *     under a sub-path without one (.test-dist/sub/), so both ways of building are checked; the
 *     second with listing pages of 2 items, so the seeds' listings span several pages
 *  4. type check (astro check, after the build has generated the content types)
 *  5. build-output and browser tests against both builds (vitest: tests/dist/, tests/browser/)
 *  6. a small site built from the versions fixtures and its tests (tests/versions/), after which
 *     the seeds' entries are written back
 *
 * Each gate (format, lint, a build, type check) counts as one test; vitest's tests count one each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readCommand } from './lib/command-line.ts';

readCommand({
  name: 'test',
  summary:
    'Every check the project has, in order (format, lint, unit and golden tests, the quotation ' +
    'gate, two builds, type check, build-output and browser tests), ending with one line ' +
    '"N passed, N failed".',
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
/** The sub-path build's listing page size: small, so paging is tested on the seeds. */
const SUB_LIST_PAGE_SIZE = '2';
/** The origin the root build is made for; the sub-path build has none (no feeds, no sitemap). */
const ROOT_ORIGIN = 'https://archive.example.org';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(
    `\n$ ${[...Object.entries(env).map(([k, v]) => `${k}=${v}`), cmd, ...args].join(' ')}`,
  );
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function gate(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const ok = run(cmd, args, env);
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failures.push(name);
  }
  return ok;
}

function vitest(name: string, paths: string[], env: NodeJS.ProcessEnv = {}): void {
  const report = `${REPORT_DIR}/${name}.json`;
  rmSync(report, { force: true });
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      ...paths,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
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
function ensureChromium(): void {
  if (existsSync('/usr/bin/chromium') || process.getuid?.() !== 0) return;
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
}

mkdirSync(REPORT_DIR, { recursive: true });
ensureChromium();
gate('format', 'npx', ['prettier', '--check', '.']);
gate('lint', 'npx', ['eslint', '.']);
vitest('unit', ['src', 'tests/unit', 'bench', 'scripts']);
gate('quotation gate (bench:quotes floors)', 'npm', ['run', '-s', 'bench:quotes']);
// The extraction benchmarks live beside the project (../shared/benchmarks); without them the
// gate cannot run, and says so rather than passing.
if (existsSync('../shared/benchmarks/multilingual-extraction'))
  gate('extraction gate (bench:extract floors)', 'npm', [
    'run',
    '-s',
    'bench:extract',
    '--',
    '--ours-only',
  ]);
else console.log('\nextraction gate: ../shared/benchmarks not found, not run');
const rootBuilt = gate('build at /', 'npm', ['run', 'build'], { SITE_URL: ROOT_ORIGIN });
const subBuilt = gate('build at sub-path', 'npm', ['run', 'build:site'], {
  BASE_PATH: SUB_BASE,
  OUT_DIR: '.test-dist/sub',
  LIST_PAGE_SIZE: SUB_LIST_PAGE_SIZE,
});
gate('astro check', 'npx', ['astro', 'check']);
if (rootBuilt)
  vitest('site-root', ['tests/dist', 'tests/browser'], {
    DIST_DIR: 'dist',
    DIST_BASE: '/',
    DIST_SITE_URL: ROOT_ORIGIN,
  });
if (subBuilt) {
  vitest('site-sub', ['tests/dist', 'tests/browser'], {
    DIST_DIR: '.test-dist/sub',
    DIST_BASE: SUB_BASE,
    LIST_PAGE_SIZE: SUB_LIST_PAGE_SIZE,
  });
}
// Versions: the seeds have none, so a small site is built from the versions fixtures, tested,
// and the seeds' entries are written back.
const VERSION_SEEDS = 'tests/fixtures/versions/seeds';
const versionsBuilt =
  gate('ingest of the versions fixtures', 'npx', [
    'tsx',
    'scripts/ingest.ts',
    '--seeds',
    VERSION_SEEDS,
    '--quiet',
  ]) &&
  gate('build of the versions fixtures', 'npm', ['run', 'build:site'], {
    SEEDS_DIR: VERSION_SEEDS,
    SITE_URL: ROOT_ORIGIN,
    OUT_DIR: '.test-dist/versions',
  });
if (versionsBuilt) {
  vitest('versions', ['--project', 'versions'], {
    DIST_DIR: '.test-dist/versions',
    DIST_BASE: '/',
    DIST_SITE_URL: ROOT_ORIGIN,
  });
}
gate('ingest of the seeds again', 'npx', ['tsx', 'scripts/ingest.ts', '--quiet']);

if (tally.failures.length > 0) console.log(`\nFailed: ${tally.failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 ? 1 : 0;
