/**
 * `npm run extract -- <file>...`: runs the cleaner on any files and prints a JSON array on stdout,
 * one record per article (the `api/articles.json` fields, without a page URL or story, plus the
 * article's quotations as `quotes: [{text, speaker, kind}]`). Progress and errors
 * go to stderr, so the output can be piped. Exits 1 when any file failed (the rest still print).
 *
 *   --facts FILE   a curated facts file to apply (default: none)
 *   --quiet        no progress display
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractRecord } from '../src/export/extract-record.ts';
import { isInputError } from '../src/ingest/input-error.ts';
import { buildArticles } from '../src/pipeline/build-article.ts';
import { readFactsFile } from '../src/pipeline/seeds-fs.ts';
import { startProgress } from './lib/progress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { facts: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});

async function main(): Promise<number> {
  if (positionals.length === 0) {
    console.error('usage: npm run extract -- <file>... [--facts seeds/facts.json]');
    return 2;
  }
  const facts = values.facts ? await readFactsFile(values.facts) : { files: {} };
  const progress = startProgress('extract', positionals.length, values.quiet);
  let failed = 0;
  let first = true;
  process.stdout.write('[');
  for (const path of positionals) {
    try {
      const bytes = await readFile(path);
      for (const entry of buildArticles({ file: path, bytes }, facts.files[basename(path)])) {
        process.stdout.write(`${first ? '\n' : ',\n'}${JSON.stringify(extractRecord(entry.data))}`);
        first = false;
      }
    } catch (error) {
      failed += 1;
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(isInputError(error) ? error.message : `${path}: ${why}`);
    }
    progress.tick();
  }
  process.stdout.write(first ? ']\n' : '\n]\n');
  progress.done();
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
