/**
 * Reading the seeds folder: the input files, and the curated facts file beside them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import { FACTS_FILE_NAME, FactsFile } from '../schema/facts.ts';
import { describeIssues } from '../schema/validation-error.ts';

/** Input files in `dir`, sorted by name: every regular file except hidden ones and the facts file. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== FACTS_FILE_NAME)
    .map((e) => e.name)
    .sort();
}

/** The validated curated facts of the seeds folder `dir` (empty when it has no facts file). */
export async function readFacts(dir: string): Promise<FactsFile> {
  return readFactsFile(join(dir, FACTS_FILE_NAME));
}

/** The validated curated facts file at `path` (empty when there is none). Throws an
 * {@link InputError} naming the file and each failing field path when it is invalid. */
export async function readFactsFile(path: string): Promise<FactsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { files: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `invalid JSON (${error instanceof Error ? error.message : ''})`);
  }
  const parsed = FactsFile.safeParse(json);
  if (!parsed.success) throw new InputError(path, describeIssues(path, parsed.error));
  return parsed.data;
}
