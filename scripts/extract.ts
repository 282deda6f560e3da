/**
 * `npm run -s extract -- <file>...`: runs the cleaner on any files (a web archive or feed gives a
 * record per article, its other records counted on stderr) and prints a JSON array on stdout,
 * one record per article (the `api/articles.json` fields, without a page URL or story, plus the
 * article's quotations as `quotes: [{text, speaker, kind}]`). Progress and errors
 * go to stderr, so the output can be piped. Exits 1 when any file failed (the rest still print).
 *
 *   --facts FILE   a curated facts file to apply (default: none)
 *   --quiet        no progress display
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractRecord } from '../src/export/extract-record.ts';
import { isInputError } from '../src/ingest/input-error.ts';
import { withUniqueIds } from '../src/pipeline/article-id.ts';
import { buildArticles } from '../src/pipeline/build-article.ts';
import { containerArticles } from '../src/pipeline/container-articles.ts';
import { skipReport } from '../src/pipeline/skip-report.ts';
import { containerItems } from '../src/inputs/container-fs.ts';
import type { ArticleEntry } from '../src/schema/article.ts';
import { errorLine } from '../src/pipeline/error-line.ts';
import { readFactsFile } from '../src/pipeline/seeds-fs.ts';
import { misuse, readCommand, readErrorLine } from './lib/command-line.ts';
import { startProgress } from './lib/progress.ts';

const { values, positionals } = readCommand({
  name: 'extract',
  summary:
    'Runs the cleaner on any files and prints a JSON array on stdout, one record per article; ' +
    'progress and errors go to stderr.',
  operands: '<file>...',
  options: { facts: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  help: { facts: 'a curated facts file to apply (default: none)', quiet: 'no progress display' },
});

async function main(): Promise<number> {
  if (positionals.length === 0) misuse('extract', 'no file given');
  const facts =
    values.facts === undefined
      ? { files: {} }
      : await readFactsFile(values.facts).catch((error: unknown): never => {
          console.error(error instanceof Error ? error.message : String(error));
          process.exit(2);
        });
  const progress = startProgress('extract', positionals.length, values.quiet);
  let failed = 0;
  const built: { file: string; entries: ArticleEntry[] }[] = [];
  for (const path of positionals) {
    try {
      const fileFacts = facts.files[basename(path)];
      const at: { whole?: { sha256: string; bytes: number } } = {};
      const items = await containerItems(path, path, at);
      if (items === null) {
        const bytes = await readFile(path);
        built.push({ file: path, entries: buildArticles({ file: path, bytes }, fileFacts) });
      } else {
        // A web archive or feed gives a record per article, as in the ingest.
        const result = await containerArticles(items, { file: path, ...at }, fileFacts);
        built.push(...result.built);
        const skipped = [{ file: path, reasons: result.skipped }];
        for (const line of skipReport(skipped)) console.error(line);
        if (result.failure) throw result.failure;
      }
    } catch (error) {
      failed += 1;
      console.error(isInputError(error) ? error.message : readErrorLine(path, error));
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
