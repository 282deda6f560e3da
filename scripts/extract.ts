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
import { withUniqueIds } from '../src/pipeline/article-id.ts';
import { buildArticles } from '../src/pipeline/build-article.ts';
import type { ArticleEntry } from '../src/schema/article.ts';
import { errorLine } from '../src/pipeline/ingest-folder-fs.ts';
import { readFactsFile } from '../src/pipeline/seeds-fs.ts';
import { parseCommand } from './lib/command-line.ts';
import { startProgress } from './lib/progress.ts';

const { values, positionals } = parseCommand('extract', () =>
  parseArgs({
    allowPositionals: true,
    options: { facts: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  }),
);

async function main(): Promise<number> {
  if (positionals.length === 0) {
    console.error('usage: npm run extract -- <file>... [--facts seeds/facts.json]');
    return 2;
  }
  const facts = values.facts !== undefined ? await readFactsFile(values.facts) : { files: {} };
  const progress = startProgress('extract', positionals.length, values.quiet);
  let failed = 0;
  const built: { file: string; entries: ArticleEntry[] }[] = [];
  for (const path of positionals) {
    try {
      const bytes = await readFile(path);
      built.push({
        file: path,
        entries: buildArticles({ file: path, bytes }, facts.files[basename(path)]),
      });
    } catch (error) {
      failed += 1;
      console.error(isInputError(error) ? error.message : errorLine(path, error));
    }
    progress.tick();
  }
  progress.done();
  const records = withUniqueIds(built).map((e) => JSON.stringify(extractRecord(e.data)));
  process.stdout.write(records.length === 0 ? '[]\n' : `[\n${records.join(',\n')}\n]\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(isInputError(error) ? error.message : errorLine('extract', error));
    process.exitCode = 1;
  },
);
