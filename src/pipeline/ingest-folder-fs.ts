/**
 * Ingesting a whole seeds folder: every input file through the pipeline, with the curated facts,
 * collecting one-line errors instead of stopping at the first. Used by the build script, the golden
 * tests and the golden update script, so all three see the same entries.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isInputError } from '../ingest/input-error.ts';
import { printableName } from '../ingest/printable-name.ts';
import type { ArticleEntry } from '../schema/article.ts';
import { withUniqueIds } from './article-id.ts';
import { buildArticles } from './build-article.ts';
import { listSeeds, readFacts } from './seeds-fs.ts';

/** What ingesting a folder produced: entries with unique ids, one-line errors, warnings. */
export interface FolderIngest {
  readonly files: readonly string[];
  readonly entries: readonly ArticleEntry[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The one-line message for a failure on `file`: the input error, or an internal error's first
 * line; control characters in either are escaped. */
export function errorLine(file: string, error: unknown): string {
  if (isInputError(error)) return error.message.split('\n').join('; ');
  const why = error instanceof Error ? error.message : String(error);
  return `${printableName(file)}: internal error: ${printableName(why.split('\n')[0] ?? '')}`;
}

/** Ingests every input in `dir`; `onFile` is called after each file (for progress displays). */
export async function ingestFolder(
  dir: string,
  onFile: () => void = () => undefined,
): Promise<FolderIngest> {
  const facts = await readFacts(dir);
  const listing = await listSeeds(dir);
  const { files } = listing;
  const warnings = [
    ...listing.warnings,
    ...Object.keys(facts.files)
      .filter((named) => !files.includes(named))
      .map(
        (named) =>
          `warning: facts.json names ${printableName(named)}, which is not in ${printableName(dir)}/`,
      ),
  ];
  const errors: string[] = [...listing.errors];
  const built: { file: string; entries: ArticleEntry[] }[] = [];
  for (const file of files) {
    try {
      const bytes = await readFile(listing.paths.get(file) ?? join(dir, file));
      built.push({ file, entries: buildArticles({ file, bytes }, facts.files[file]) });
    } catch (error) {
      errors.push(errorLine(file, error));
    }
    onFile();
  }
  return { files, entries: withUniqueIds(built), errors, warnings };
}
