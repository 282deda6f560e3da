/**
 * Reading the seeds folder: the input files, in it and in its sub-folders however deep (a saved
 * mirror), and the curated facts file beside them. Nothing in the folder is passed over without a
 * word: a symlink is followed only while it stays inside the folder (one that leads out could
 * publish any file of the machine), and anything that is not an input is reported.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
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
  /** One-line notices: entries that are not inputs (symlinks to folders, sockets…). */
  readonly warnings: readonly string[];
}

/** True when `target` (a real path) is an input of the folder `root` (a real path): a visible
 * file in it or in one of its visible sub-folders, not the facts file. A symlink may not reach a
 * hidden file (`.env`), a file in a hidden folder, or the facts file. */
function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  const parts = rel.split(sep);
  return (
    rel !== '' &&
    !isAbsolute(rel) &&
    parts[0] !== '..' &&
    !parts.some((p) => p.startsWith('.')) &&
    rel !== FACTS_FILE_NAME
  );
}

/** What listing one folder found, filled in as the walk goes. */
interface Walk {
  /** The seeds folder as named, and as a real path. */
  readonly top: string;
  readonly root: string;
  readonly files: string[];
  readonly paths: Map<string, string>;
  readonly errors: string[];
  readonly warnings: string[];
}

/** Lists the folder `dir`, whose path inside the seeds folder is `prefix` (`''` for the seeds
 * folder itself, else ending in `/`), into `walk`, sub-folders included. */
async function walkFolder(dir: string, prefix: string, walk: Walk): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.') || (prefix === '' && e.name === FACTS_FILE_NAME)) continue;
    const name = `${prefix}${e.name}`;
    const shown = printableName(join(dir, e.name));
    if (e.isFile()) {
      walk.files.push(name);
      walk.paths.set(name, join(dir, e.name));
    } else if (e.isDirectory()) {
      // A saved mirror (wget, HTTrack) is a tree of folders: read it whole, however deep.
      await walkFolder(join(dir, e.name), `${name}/`, walk);
    } else if (e.isSymbolicLink()) {
      const target = await realpath(join(dir, e.name)).catch(() => null);
      const isFile = target !== null && (await stat(target)).isFile();
      if (target !== null && isFile && inside(walk.root, target)) {
        walk.files.push(name);
        walk.paths.set(name, target);
      } else if (target === null) walk.errors.push(`${shown}: symlink to nothing, not read`);
      else if (!inside(walk.root, target))
        walk.errors.push(
          `${shown}: symlink to a file outside ${printableName(walk.top)}/ or not one of its inputs, not followed`,
        );
      else walk.warnings.push(`warning: ${shown} is a symlink to a folder, not read`);
    } else walk.warnings.push(`warning: ${shown} is not a regular file or folder, not read`);
  }
}

/** Lists the inputs of `dir` and of its sub-folders, however deep: every regular file except
 * hidden ones (and those in hidden folders) and the facts file, and every symlink to a regular
 * file inside `dir`. A file in a sub-folder is named by its path, with `/` separators. Throws an
 * {@link InputError} when `dir` cannot be read. */
export async function listSeeds(dir: string): Promise<SeedsListing> {
  const root = await realpath(dir).catch((error: unknown) => {
    throw new InputError(dir, `cannot read the seeds folder (${(error as Error).message})`);
  });
  const walk: Walk = { top: dir, root, files: [], paths: new Map(), errors: [], warnings: [] };
  await walkFolder(dir, '', walk).catch((error: unknown) => {
    throw new InputError(dir, `cannot read the seeds folder (${(error as Error).message})`);
  });
  const { files, paths, errors, warnings } = walk;
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
