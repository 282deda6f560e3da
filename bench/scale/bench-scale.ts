/**
 * `npm run bench -- --articles N`: the scale benchmark. Generates a deterministic synthetic archive
 * of N inputs into `.bench/N/seeds`, builds it end to end exactly as `npm run build` does (in a
 * copy of the project at `.bench/N/site`, so the repository's content and dist are untouched),
 * builds the baseline (the same clean articles as plain Markdown in a minimal Astro site, at
 * `.bench/N/baseline`), measures three searches in Chromium, prints one table and writes it with
 * every figure to `.bench/results-N.json`.
 *
 *   --articles N     archive size (default 2000)
 *   --compare M      also run size M first, in the same run, and show how each stage grew
 *   --seed S         generator seed (default: the fixed benchmark seed)
 *   --skip-browser   no Chromium measurements
 *   --shards K       instead: the sharding demo (see bench/scale/bench-shards-fs.ts)
 *   --file-limit     build our site with the settings a host's file-count limit needs (README,
 *                    "File count"): Pagefind's fragments bundled, raw inputs linked, not copied
 *   --incremental K  then add K inputs (the archive of N + K) and rebuild with the ingest cache
 *                    the first build left; one more table compares the rebuild with it
 *   --warc           instead: the WARC benchmark (see bench/scale/bench-warc-fs.ts): the archive's
 *                    web pages as one crawl's WARC, built end to end, against the same pages as
 *                    loose files
 *   --warc-mb M      with --warc: about M MB of WARC (images fill what the pages do not)
 */
import { cpus, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BenchResult, benchRows, formatTable, searchQueries } from './bench-table.ts';
import { readParagraphs, seedHashes, writeArchive } from './bench-archive-fs.ts';
import { incrementalRows, type IncrementalResult } from './incremental-table.ts';
import { type CrawlOptions, DEFAULT_CRAWL, webPages } from './crawl-plan.ts';
import { DEFAULT_SEED, generateArchive } from './generate-archive.ts';
import { runWarcBench } from './bench-warc-fs.ts';
import { measureSearches } from './bench-browser-fs.ts';
import { buildBaseline, buildOurs, type FailedBuild, isFailed } from './bench-build-fs.ts';
import { copyProject, writeBaseline } from './bench-project-fs.ts';
import { serveStatic } from './bench-serve-fs.ts';
import { readStoryAgreement } from './bench-stories-fs.ts';
import { runShards } from './bench-shards-fs.ts';
import { misuse, readCommand } from '../../scripts/lib/command-line.ts';

const { values } = readCommand({
  name: 'bench',
  summary:
    'The scale benchmark: builds a deterministic synthetic archive end to end as npm run build ' +
    'does, and a plain Markdown baseline, in .bench/; measures searches in Chromium; prints one ' +
    'table and writes every figure to .bench/results-N.json.',
  operands: '',
  options: {
    articles: { type: 'string', default: '2000' },
    compare: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'skip-browser': { type: 'boolean', default: false },
    shards: { type: 'string' },
    'file-limit': { type: 'boolean', default: false },
    incremental: { type: 'string' },
    warc: { type: 'boolean', default: false },
    'warc-mb': { type: 'string' },
  },
  help: {
    articles: 'archive size (default 2000)',
    compare: 'also run this size first, in the same run, and show how each stage grew',
    seed: 'generator seed (default: the fixed benchmark seed)',
    'skip-browser': 'no Chromium measurements',
    shards: 'instead: the sharding demo with this many shards',
    'file-limit': "build with the settings a host's file-count limit needs",
    incremental: 'then add this many inputs and rebuild with the ingest cache',
    warc: 'instead: the WARC benchmark (a crawl of the archive, built end to end)',
    'warc-mb': 'with --warc: about this many MB of WARC, images filling the rest',
  },
});

/** The settings of `--file-limit`: Pagefind bundles its per-page fragments into at most 500
 * files, and the raw inputs are linked where they are published (a placeholder here) instead of
 * copied into the site. */
const FILE_LIMIT_ENV = {
  PAGEFIND_MAX_FRAGMENTS: '500',
  RAW_INPUTS_URL: 'https://example.org/archive-inputs/',
};

const REPO = resolve('.');
const BENCH = join(REPO, '.bench');

function size(text: string | undefined, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    misuse('bench', `--${name} must be a positive integer, not ${String(text)}`);
  return n;
}

async function benchSize(
  articles: number,
  seed: number,
  paragraphs: readonly string[],
): Promise<BenchResult | FailedBuild> {
  const dir = join(BENCH, String(articles));
  console.error(`\n== N = ${articles} ==`);
  const { plan } = await writeArchive(articles, seed, paragraphs, join(dir, 'seeds'));
  await copyProject(REPO, join(dir, 'site'), join(dir, 'seeds'));
  const ours = await buildOurs(
    REPO,
    join(dir, 'site'),
    join(dir, 'logs', 'ours'),
    articles,
    values['file-limit'] ? FILE_LIMIT_ENV : {},
  );
  if (isFailed(ours)) return ours;
  const entries = await writeBaseline(
    join(dir, 'site', 'src/content/archive/articles'),
    join(dir, 'baseline'),
  );
  const baseline = await buildBaseline(
    REPO,
    join(dir, 'baseline'),
    join(dir, 'logs', 'baseline'),
    entries,
  );
  if (isFailed(baseline)) return baseline;
  let search: BenchResult['search'] = null;
  if (!values['skip-browser']) {
    const server = await serveStatic([{ prefix: '/', dir: join(dir, 'site', 'dist') }]);
    try {
      console.error('search: Chromium on the built site');
      search = await measureSearches(server, '/', [
        { label: 'word', query: plan.queries.word },
        { label: 'phrase', query: plan.queries.phrase },
        { label: 'quote', query: plan.queries.quote },
      ]);
    } finally {
      await server.close();
    }
  }
  const stories = await readStoryAgreement(join(dir, 'site'), plan);
  const added = values.incremental === undefined ? 0 : size(values.incremental, 'incremental');
  const incremental = added > 0 ? await rebuild(articles, added, seed, paragraphs) : null;
  if (incremental !== null && 'failed' in incremental) return incremental;
  return { articles, ours, baseline, search, stories, incremental };
}

/** Adds `added` inputs to the built archive of `articles` (writing the archive of the sum, whose
 * first inputs are the same bytes) and rebuilds our site with the cache the first build left. */
async function rebuild(
  articles: number,
  added: number,
  seed: number,
  paragraphs: readonly string[],
): Promise<IncrementalResult | FailedBuild> {
  const dir = join(BENCH, String(articles));
  console.error(`\n== N = ${articles} + ${added}: rebuild ==`);
  const before = await seedHashes(join(dir, 'seeds'));
  await writeArchive(articles + added, seed, paragraphs, join(dir, 'seeds'));
  const after = await seedHashes(join(dir, 'seeds'));
  const unchanged = [...before].filter(([file, hash]) => after.get(file) === hash).length;
  const ours = await buildOurs(
    REPO,
    join(dir, 'site'),
    join(dir, 'logs', 'incremental'),
    articles + added,
    values['file-limit'] ? FILE_LIMIT_ENV : {},
  );
  return isFailed(ours) ? ours : { added, unchanged, ours };
}

/** The crawl's shape: the default, or with `--warc-mb` images sized so the WARC reaches about
 * that size (the pages themselves are a few percent of it). */
function crawlOptions(articles: number, seed: number, paragraphs: readonly string[]): CrawlOptions {
  if (values['warc-mb'] === undefined) return DEFAULT_CRAWL;
  const bytes = size(values['warc-mb'], 'warc-mb') * 1024 * 1024;
  const { plan } = generateArchive(articles, seed, paragraphs);
  return { ...DEFAULT_CRAWL, assetBytesPerPage: Math.round(bytes / Math.max(1, webPages(plan))) };
}

async function main(): Promise<number> {
  const seed = size(values.seed, 'seed');
  const paragraphs = await readParagraphs();
  if (values.shards !== undefined) {
    return runShards(
      REPO,
      BENCH,
      size(values.shards, 'shards'),
      size(values.articles, 'articles'),
      seed,
      paragraphs,
    );
  }
  const articles = size(values.articles, 'articles');
  if (values.warc) {
    const crawl = crawlOptions(articles, seed, paragraphs);
    return runWarcBench(REPO, BENCH, { articles, seed, crawl }, paragraphs);
  }
  const sizes =
    values.compare === undefined ? [articles] : [size(values.compare, 'compare'), articles];
  const results: BenchResult[] = [];
  for (const n of sizes) {
    const result = await benchSize(n, seed, paragraphs);
    if ('failed' in result) {
      console.error(`N = ${n}: our build failed at "${result.failed}"; see ${result.log}`);
      return 1;
    }
    results.push(result);
    await report(results, articles, seed);
  }
  return 0;
}

/** Prints the table of the sizes measured so far and writes it, with every figure, as JSON (after
 * each size, so a long run that is stopped keeps what it measured). */
async function report(
  results: readonly BenchResult[],
  articles: number,
  seed: number,
): Promise<void> {
  const queries = searchQueries(results);
  const rebuilds = results.flatMap((r) =>
    r.incremental
      ? [`\n\nN = ${r.articles}:\n\n${formatTable(incrementalRows(r.ours, r.incremental))}`]
      : [],
  );
  const table = `${formatTable(benchRows(results))}${queries === '' ? '' : `\n\nSearches: ${queries}`}${rebuilds.join('')}`;
  console.log(`\n${table}\n`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryBytes: totalmem(),
    node: process.version,
  };
  await mkdir(BENCH, { recursive: true });
  const out = join(BENCH, `results-${articles}${values['file-limit'] ? '-file-limit' : ''}.json`);
  const settings = values['file-limit'] ? FILE_LIMIT_ENV : {};
  const json = { date: new Date().toISOString(), seed, machine, settings, results, table };
  await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
  console.error(`written: ${out}`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    process.exitCode = 1;
  },
);
