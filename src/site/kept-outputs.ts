/**
 * Which files of an earlier build a rebuild may keep in the output folder. Astro empties the
 * folder before each build and copies back every page its incremental cache can skip: at 10,000
 * articles that is 37,000 files removed and copied again, three fifths of a rebuild that changes
 * nothing. Instead the build keeps the pages and endpoints the last complete build wrote (Astro
 * then leaves those whose key is unchanged, and writes the rest again) and the raw inputs (their
 * step adds and removes its own files), removes everything else before it starts (scripts,
 * styles, the sitemap, the search index and the bulk export are all written again), and once
 * done removes what the last build wrote and this one no longer does. The output is then what a
 * build into an empty folder gives. Pure: lists of paths relative to the output folder, with `/`
 * between segments, in and out.
 */

/** True for a repository in the output folder (a site deployed by pushing it, say: a `.git`
 * folder, or the `.git` file of a worktree), which is never touched. Astro's own emptying means to
 * spare it too, but passes `new Set(".git")`, a set of single letters, and so does not. */
const isRepository = (file: string): boolean => file === '.git' || file.startsWith('.git/');

/** True for a path a record may hold: relative, inside the output folder, with no empty, `.` or
 * `..` segment (a damaged record must never name a file elsewhere). */
export function isOutputPath(file: string): boolean {
  return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Why a build may not write into `outDir`, or null: the folder is emptied before each build, so
 * it must not be, nor hold, any of the folders in `precious` (the project, its sources, its
 * public files, its caches, its inputs). Every path is absolute; folders may end in `/`. */
export function outDirProblem(outDir: string, precious: readonly string[]): string | null {
  const folder = (path: string): string => (path.endsWith('/') ? path : `${path}/`);
  const out = folder(outDir);
  const held = precious.find((path) => folder(path).startsWith(out));
  return held === undefined
    ? null
    : `the output folder ${outDir} holds ${held}, which a build would empty; choose another OUT_DIR`;
}

/** Folders a step of the build keeps up to date itself, writing what is missing and removing
 * what it no longer publishes: the raw inputs (`raw-fs.ts`), whose names hold their hash. */
export const SELF_KEPT_FOLDERS = ['raw/'] as const;

/** The files to remove before a build starts: every file `present` in the output folder that is
 * not in `kept`, the route outputs the last complete build recorded, nor in a folder its step
 * keeps itself (every file when no build was recorded: the last one did not finish, or never
 * ran here). */
export function removedBeforeBuild(
  present: readonly string[],
  kept: ReadonlySet<string> | null,
): string[] {
  const removable = present.filter((file) => !isRepository(file));
  if (kept === null) return removable;
  const selfKept = (file: string): boolean => SELF_KEPT_FOLDERS.some((f) => file.startsWith(f));
  return removable.filter((file) => !kept.has(file) && !selfKept(file));
}

/** The files to remove once a build is done: those the last complete build's routes wrote and
 * this build's routes did not (a page of an article no longer in the archive, say). */
export function removedAfterBuild(
  previous: ReadonlySet<string> | null,
  current: ReadonlySet<string>,
): string[] {
  return previous === null ? [] : [...previous].filter((file) => !current.has(file)).sort();
}

/** The output files of a build's routes (Astro's `assets` of `astro:build:done`, absolute paths
 * by route), as sorted paths relative to the output folder `outDir` (absolute, ending in `/`).
 * A path outside the folder is not an output of it and is left out. */
export function routeOutputs(outDir: string, assets: Iterable<readonly string[]>): string[] {
  const files = new Set<string>();
  for (const paths of assets) {
    for (const path of paths) {
      if (path.startsWith(outDir) && path.length > outDir.length) {
        files.add(path.slice(outDir.length));
      }
    }
  }
  return [...files].sort();
}
