/**
 * `npm run ingest`: cleans every input in `seeds/` into `src/content/articles/<id>.md`.
 *
 *   --seeds DIR     where the inputs are (default: seeds)
 *   --out DIR       where the entries go (default: src/content/articles)
 *   --corpus DIR    where the cross-outlet analysis goes (default: src/content/corpus)
 *   --keep-going    report bad files and build the rest (default: stop, leaving entries untouched)
 *   --quiet         no progress display
 *
 * Entries are always regenerated from the inputs, written to a temporary folder and swapped in, so a
 * stale or half-written entry can never ship. Errors are one line each: file and reason.
 */
import { parseArgs } from 'node:util';
import { analyseCorpus } from '../src/pipeline/analyse-corpus.ts';
import { writeCorpus } from '../src/pipeline/corpus-fs.ts';
import { serializeEntry } from '../src/pipeline/entry-file.ts';
import { replaceFolder } from '../src/pipeline/entries-fs.ts';
import { errorLine, ingestFolder } from '../src/pipeline/ingest-folder-fs.ts';
import { listSeedFiles } from '../src/pipeline/seeds-fs.ts';
import { stagedProgress, startProgress } from './lib/progress.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/articles' },
    corpus: { type: 'string', default: 'src/content/corpus' },
    'keep-going': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  const total = (await listSeedFiles(values.seeds)).length;
  const progress = startProgress('clean', total, values.quiet);
  const result = await ingestFolder(values.seeds, () => progress.tick());
  progress.done();
  for (const line of [...result.warnings, ...result.errors]) console.error(line);
  if (result.errors.length > 0 && !values['keep-going']) {
    console.error(`ingest failed: ${result.errors.length} bad input(s); entries left untouched`);
    return 1;
  }
  const files = new Map(result.entries.map((e) => [`${e.data.id}.md`, serializeEntry(e)]));
  await replaceFolder(values.out, files);
  const corpus = analyseCorpus(
    result.entries.map((e) => e.data),
    stagedProgress(values.quiet),
  );
  await writeCorpus(values.corpus, corpus);
  const skipped =
    result.errors.length > 0 ? `, ${result.errors.length} skipped (--keep-going)` : '';
  console.error(`ingest: ${files.size} entries from ${result.files.length} files${skipped}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(errorLine('ingest', error));
    process.exitCode = 1;
  },
);
