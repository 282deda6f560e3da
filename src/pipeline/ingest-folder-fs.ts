/**
 * Ingesting a whole seeds folder: every input file through the pipeline, with the curated facts,
 * collecting one-line errors instead of stopping at the first. A container (a WARC, a WACZ, a
 * feed, a WXR export, told by its first bytes) gives an input per record, streamed from disk, and
 * its records that are not articles are counted by reason; captures of one address become versions
 * of one article (`src/versions/`). Used by the build script, the golden
 * tests and the golden update script, so all three see the same entries.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isInputError } from '../ingest/input-error.ts';
import { printableName } from '../ingest/printable-name.ts';
import { containerItems } from '../inputs/container-fs.ts';
import { mirrorAddress } from '../inputs/mirror-address.ts';
import type { ArticleEntry } from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import { withUniqueIds } from './article-id.ts';
import { buildArticles } from './build-article.ts';
import { type ContainerArticles, containerArticles } from './container-articles.ts';
import { listSeeds, readFacts } from './seeds-fs.ts';
import { collapseVersions } from '../versions/collapse-versions.ts';

/** Records of one container skipped as not articles, by reason. */
export interface SkippedRecords {
  readonly file: string;
  readonly reasons: ReadonlyMap<string, number>;
}

/** What ingesting a folder produced: entries with unique ids, one-line errors, warnings, and the
 * records of containers that were skipped. */
export interface FolderIngest {
  readonly files: readonly string[];
  readonly entries: readonly ArticleEntry[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly skipped: readonly SkippedRecords[];
}

/** The one-line message for a failure on `file`: the input error, or an internal error's first
 * line; control characters in either are escaped. */
export function errorLine(file: string, error: unknown): string {
  if (isInputError(error)) return error.message.split('\n').join('; ');
  const why = error instanceof Error ? error.message : String(error);
  return `${printableName(file)}: internal error: ${printableName(why.split('\n')[0] ?? '')}`;
}

/** The entries of one seeds file: a container's records, or the file as one input. */
async function ingestFile(
  file: string,
  path: string,
  facts: FactsForFile | undefined,
): Promise<ContainerArticles> {
  const at: { whole?: { sha256: string; bytes: number } } = {};
  const items = await containerItems(file, path, at);
  const nested = file.includes('/') ? { path: file } : {};
  if (items !== null) {
    return containerArticles(items, { file, ...nested, ...at }, facts);
  }
  const bytes = await readFile(path);
  const address = nested.path === undefined ? null : mirrorAddress(nested.path);
  const raw = { file, bytes, ...nested, ...(address === null ? {} : { address }) };
  return { built: [{ file, entries: buildArticles(raw, facts) }], skipped: new Map() };
}

/** Ingests every input in `dir` and its sub-folders; `onFile` is called after each file (for
 * progress displays). */
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
  const skipped = new Map<string, Map<string, number>>();
  const skip = (file: string, reasons: ReadonlyMap<string, number>): void => {
    const counts = skipped.get(file) ?? new Map<string, number>();
    for (const [reason, n] of reasons) counts.set(reason, (counts.get(reason) ?? 0) + n);
    skipped.set(file, counts);
  };
  for (const file of files) {
    try {
      const path = listing.paths.get(file) ?? join(dir, file);
      const result = await ingestFile(file, path, facts.files[file]);
      built.push(...result.built);
      if (result.skipped.size > 0) skip(file, result.skipped);
      if (result.failure) errors.push(errorLine(file, result.failure));
    } catch (error) {
      // A mirror holds style sheets, scripts and images beside its pages: counted, not errors.
      const folder = /^[^/]+\//.exec(file)?.[0];
      if (folder !== undefined && isInputError(error)) {
        skip(folder, new Map([[`not an article: ${error.reason}`, 1]]));
      } else errors.push(errorLine(file, error));
    }
    onFile();
  }
  const skips = [...skipped].map(([file, reasons]) => ({ file, reasons }));
  // Captures of one address become one article before ids are given, so they claim one id.
  const entries = withUniqueIds(collapseVersions(built));
  return { files, entries, errors, warnings, skipped: skips };
}
