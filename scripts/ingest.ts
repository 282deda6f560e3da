/**
 * `npm run ingest`: cleans every input in `seeds/` into the output folder the site builds from:
 * `src/content/archive/articles/<id>.md` and the cross-outlet analysis in
 * `src/content/archive/corpus/`.
 *
 *   --seeds DIR     where the inputs are (default: seeds)
 *   --out DIR       the output folder (default: src/content/archive); it must be missing, empty,
 *                   or one the ingest wrote before (it holds a `.news-archive-output` marker)
 *   --allow-empty   build from a seeds folder with no inputs (default: refuse, so a mistyped
 *                   --seeds cannot wipe every entry)
 *   --keep-going    report bad files and build the rest (default: stop, leaving the output untouched)
 *   --quiet         no progress display
 *   --cache DIR     the ingest cache (default: .cache/ingest): a file whose bytes, facts and
 *                   cleaning code are unchanged is taken from it, and so is the classification
 *                   of a pair of articles that is unchanged; safe to delete
 *   --no-cache      clean every file, reading and writing no cache
 *   --threads N     worker threads to clean on (default: one per core; 1 cleans on the main one)
 *
 * Entries and analysis are computed in memory, written to a temporary folder and swapped in
 * together, so a failed or interrupted build leaves the previous output complete. Every error,
 * misuse included, is one line with a non-zero exit.
 */
import { analyseCorpus } from '../src/pipeline/analyse-corpus.ts';
import { articleParts } from '../src/pipeline/article-parts.ts';
import { markQuoteVersions } from '../src/versions/quote-versions.ts';
import { markWithdrawnQuotes } from '../src/versions/withdrawn-quotes.ts';
import { corpusFiles } from '../src/pipeline/corpus-files.ts';
import { serializeEntry } from '../src/pipeline/entry-file.ts';
import { availableParallelism } from 'node:os';
import { errorLine } from '../src/pipeline/error-line.ts';
import { DEFAULT_CACHE_DIR } from '../src/pipeline/ingest-cache-fs.ts';
import { ingestFolder } from '../src/pipeline/ingest-folder-fs.ts';
import { openReuseMemo } from '../src/pipeline/reuse-memo-fs.ts';
import { codeFingerprint } from '../src/pipeline/code-fingerprint-fs.ts';
import { isInputError } from '../src/ingest/input-error.ts';
import { printableName } from '../src/ingest/printable-name.ts';
import {
  assertOwnOutput,
  OutputError,
  recoverOutput,
  replaceOutput,
} from '../src/pipeline/output-fs.ts';
import {
  CORPUS_FOLDER,
  DEFAULT_OUTPUT_DIR,
  ENTRIES_FOLDER,
} from '../src/pipeline/output-layout.ts';
import { listSeeds } from '../src/pipeline/seeds-fs.ts';
import { skipReport } from '../src/pipeline/skip-report.ts';
import { misuse, readCommand } from './lib/command-line.ts';
import { stagedProgress, startProgress } from './lib/progress.ts';

const { values } = readCommand({
  name: 'ingest',
  summary:
    'Cleans every input in the seeds folder and writes the typed entries and the corpus ' +
    'analysis the site is built from; the previous output is kept until the new one is whole.',
  operands: '',
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: DEFAULT_OUTPUT_DIR },
    'allow-empty': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    cache: { type: 'string', default: DEFAULT_CACHE_DIR },
    'no-cache': { type: 'boolean', default: false },
    threads: { type: 'string', default: String(availableParallelism()) },
  },
  help: {
    seeds: 'the folder of inputs (default: seeds)',
    out: `the output folder (default: ${DEFAULT_OUTPUT_DIR})`,
    'allow-empty': 'build an empty archive from an empty folder instead of refusing',
    'keep-going': 'skip inputs that fail, reporting each, instead of stopping',
    quiet: 'no progress display',
    cache: `the ingest cache folder, safe to delete (default: ${DEFAULT_CACHE_DIR})`,
    'no-cache': 'clean every file; read and write no cache',
    threads: 'worker threads to clean on (default: one per core; 1: no worker)',
  },
});

async function main(): Promise<number> {
  await recoverOutput(values.out);
  await assertOwnOutput(values.out);
  const listing = await listSeeds(values.seeds);
  if (listing.files.length === 0 && !values['allow-empty']) {
    console.error(
      `ingest: ${printableName(values.seeds)} holds no input files; refusing to empty the archive (pass --allow-empty to do so)`,
    );
    return 2;
  }
  const progress = startProgress('clean', listing.files.length, values.quiet);
  const threads = threadCount(values.threads);
  const cacheDir = values['no-cache'] ? null : values.cache;
  // Computed once, so the entries and the pair classifications are kept under one code version.
  const fingerprint = cacheDir === null ? '' : await codeFingerprint();
  const result = await ingestFolder(values.seeds, {
    onFile: () => progress.tick(),
    cacheDir,
    threads,
    fingerprint,
  });
  progress.done();
  for (const line of [...result.warnings, ...result.errors]) console.error(line);
  for (const line of skipReport(result.skipped)) console.error(line);
  if (result.errors.length > 0 && !values['keep-going']) {
    console.error(`ingest failed: ${result.errors.length} bad input(s); output left untouched`);
    return 1;
  }
  if (result.entries.length === 0 && !values['allow-empty']) {
    console.error(
      'ingest: no input gave an article; refusing to empty the archive (--allow-empty)',
    );
    return 1;
  }
  const entries = new Map(result.entries.map((e) => [`${e.data.id}.md`, serializeEntry(e)]));
  const parts = new Map(result.entries.map((e) => [e.data.id, e.parts]));
  const articles = result.entries.map((e) => e.data);
  const reuse = cacheDir === null ? null : await openReuseMemo(cacheDir, fingerprint);
  const analysed = analyseCorpus(
    articles,
    stagedProgress(values.quiet),
    (article) => parts.get(article.id) ?? articleParts(article),
    reuse?.memo,
  );
  const corpus = markWithdrawnQuotes(
    { ...analysed, quotes: markQuoteVersions(analysed.quotes, articles) },
    articles,
  );
  await replaceOutput(
    values.out,
    new Map([
      [ENTRIES_FOLDER, entries],
      [CORPUS_FOLDER, corpusFiles(corpus)],
    ]),
  );
  await reuse?.save();
  console.error(summary(entries.size, result));
  return 0;
}

/** The `--threads` value as a count, or a misuse error. */
function threadCount(value: string): number {
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) {
    misuse('ingest', `--threads must be a positive integer, not ${value}`);
  }
  return threads;
}

/** The closing line: entries written, from how many files, and what was skipped. */
function summary(entries: number, result: Awaited<ReturnType<typeof ingestFolder>>): string {
  const skipped =
    result.errors.length > 0 ? `, ${result.errors.length} skipped (--keep-going)` : '';
  const records = result.skipped.reduce(
    (sum, s) => sum + [...s.reasons.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const passed = records > 0 ? `, ${records} container records not articles (listed above)` : '';
  return `ingest: ${entries} entries from ${result.files.length} files${skipped}${passed}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof OutputError || isInputError(error);
    console.error(known ? error.message : errorLine('ingest', error));
    process.exitCode = 1;
  },
);
