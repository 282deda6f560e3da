/**
 * `npm run golden:update`: rewrites `tests/golden/<id>.md` from the seeds, and the seeds' corpus
 * analysis in `tests/golden/corpus/`. Run it only on purpose, after reviewing the change by eye
 * (`git diff tests/golden`): the golden files are what the seeds' entries are known to look like.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseCorpus } from '../src/pipeline/analyse-corpus.ts';
import { corpusFiles } from '../src/pipeline/corpus-files.ts';
import { serializeEntry } from '../src/pipeline/entry-file.ts';
import { ingestFolder } from '../src/pipeline/ingest-folder-fs.ts';
import { readCommand } from './lib/command-line.ts';

readCommand({
  name: 'golden:update',
  summary:
    'Rewrites the golden files (tests/golden/) from seeds/: run it only on purpose, and review ' +
    'the change with git diff tests/golden.',
  operands: '',
  options: {},
  help: {},
});

/** Replaces the tracked folder `dir` with exactly `files` (git holds the previous version). */
async function replaceFolder(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(dir, name), text);
}

const result = await ingestFolder('seeds');
for (const line of result.errors) console.error(line);
if (result.errors.length > 0) process.exit(1);
await replaceFolder(
  'tests/golden/entries',
  new Map(result.entries.map((e) => [`${e.data.id}.md`, serializeEntry(e)])),
);
console.error(`golden: ${result.entries.length} entries written to tests/golden/entries/`);
await replaceFolder(
  'tests/golden/corpus',
  corpusFiles(analyseCorpus(result.entries.map((e) => e.data))),
);
console.error('golden: corpus analysis written to tests/golden/corpus/');
