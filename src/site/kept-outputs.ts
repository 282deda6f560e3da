/**
 * Which files of an earlier build a rebuild may keep in the output folder. Astro empties the
 * folder before each build and copies back every page its incremental cache can skip: at 10,000
 * articles that is 37,000 files removed and copied again, three fifths of a rebuild that changes
 * nothing. Instead the build keeps the pages and endpoints the last complete build wrote (Astro
 * then leaves those whose key is unchanged, and writes the rest again) and the raw inputs (their
 * step adds and removes its own files), removes everything else before it starts (scripts,
 * styles, the sitemap, the search index and the bulk export are all written again), and once
 * done removes what the last build wrote and this one no longer does. The output is then what a build into an empty folder gives. Pure: lists of paths
 * relative to the output folder, with `/` between segments, in and out.
 */

/** A repository in the output folder (a site deployed by pushing it, say) is never touched, as
 * Astro's own emptying means to spare it. */
const GIT_FOLDER = '.git/';

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
  const removable = present.filter((file) => !file.startsWith(GIT_FOLDER));
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
