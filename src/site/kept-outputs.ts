/**
 * Which files of an earlier build a rebuild may keep in the output folder. Astro empties the
 * folder before each build and copies back every page its incremental cache can skip: at 10,000
 * articles that is 37,000 files removed and copied again, three fifths of a rebuild that changes
 * nothing. Instead the build keeps the pages and endpoints the last complete build wrote (Astro
 * then leaves those whose key is unchanged, and writes the rest again), removes everything else
 * before it starts (scripts, styles, the sitemap, raw inputs, the search index and the bulk
 * export are all written again), and once done removes what the last build wrote and this one no
 * longer does. The output is then what a build into an empty folder gives. Pure: lists of paths
 * relative to the output folder, with `/` between segments, in and out.
 */

/** The files to remove before a build starts: every file `present` in the output folder that is
 * not in `kept`, the route outputs the last complete build recorded (all of them when none was
 * recorded: the last build did not finish, or never ran here). */
export function removedBeforeBuild(
  present: readonly string[],
  kept: ReadonlySet<string> | null,
): string[] {
  return kept === null ? [...present] : present.filter((file) => !kept.has(file));
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
