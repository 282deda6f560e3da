/**
 * Reading the seeds folder: the input files, and the curated facts file beside them. Nothing in
 * the folder is passed over without a word: a symlink is followed only while it stays inside the
 * folder (one that leads out could publish any file of the machine), and anything that is not an
 * input is reported.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import { printableName } from '../ingest/printable-name.ts';
import { FACTS_FILE_NAME, FactsFile } from '../schema/facts.ts';
import { describeIssues } from '../schema/validation-error.ts';

/** What the seeds folder holds: input files (sorted by name), names refused, names passed over. */
export interface SeedsListing {
  readonly files: readonly string[];
  /** Where to read each file: its own path, or for a symlink the target checked when listing
   * (read from there, so the link cannot be repointed between the check and the read). */
  readonly paths: ReadonlyMap<string, string>;
  /** One-line errors: symlinks leading outside the folder, or to nothing. */
  readonly errors: readonly string[];
  /** One-line notices: sub-folders and other entries that are not inputs. */
  readonly warnings: readonly string[];
}

/** True when `target` (a real path) is an input of the folder `root` (a real path): a visible
 * file directly in it, not the facts file. A symlink may not reach a hidden file (`.env`), the
 * facts file, or a file in a sub-folder. */
function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.includes(sep) && !rel.startsWith('.') && rel !== FACTS_FILE_NAME;
}

/** Lists the inputs of `dir`: every regular file except hidden ones and the facts file, and
 * every symlink to a regular file inside `dir`. Throws an {@link InputError} when `dir` cannot
 * be read. */
export async function listSeeds(dir: string): Promise<SeedsListing> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new InputError(dir, `cannot read the seeds folder (${(error as Error).message})`);
  });
  const root = await realpath(dir);
  const files: string[] = [];
  const paths = new Map<string, string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === FACTS_FILE_NAME) continue;
    const shown = printableName(join(dir, e.name));
    if (e.isFile()) {
      files.push(e.name);
      paths.set(e.name, join(dir, e.name));
    } else if (e.isSymbolicLink()) {
      const target = await realpath(join(dir, e.name)).catch(() => null);
      const isFile = target !== null && (await stat(target)).isFile();
      if (target !== null && isFile && inside(root, target)) {
        files.push(e.name);
        paths.set(e.name, target);
      } else if (target === null) errors.push(`${shown}: symlink to nothing, not read`);
      else if (!inside(root, target))
        errors.push(
          `${shown}: symlink to a file outside ${printableName(dir)}/ or not one of its inputs, not followed`,
        );
      else warnings.push(`warning: ${shown} is a symlink to a folder, not read`);
    } else warnings.push(`warning: ${shown} is not a regular file (a folder?), not read`);
  }
  return { files: files.sort(), paths, errors, warnings };
}

/** The validated curated facts of the seeds folder `dir` (empty when it has no facts file). */
export async function readFacts(dir: string): Promise<FactsFile> {
  return readFactsFile(join(dir, FACTS_FILE_NAME), { optional: true });
}

/** The validated curated facts file at `path`. A missing file is an {@link InputError} unless
 * `optional` (then the facts are empty); so is one that is not valid JSON or not facts, naming
 * the file and each failing field path. */
export async function readFactsFile(
  path: string,
  { optional = false }: { optional?: boolean } = {},
): Promise<FactsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return { files: {} };
    throw new InputError(path, `cannot read the facts file (${(error as Error).message})`);
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
