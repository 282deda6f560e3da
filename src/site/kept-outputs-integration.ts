/**
 * The Astro integration that keeps an earlier build's pages in the output folder instead of
 * letting Astro empty it (see `kept-outputs.ts`); `astro.config.mjs` turns Astro's emptying off
 * (`vite.build.emptyOutDir: false`) and adds this integration, which does the emptying itself,
 * sparing what Astro's incremental build would otherwise copy back.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  outDirProblem,
  removedAfterBuild,
  removedBeforeBuild,
  routeOutputs,
} from './kept-outputs.ts';
import {
  forgetPageCopies,
  listTree,
  readRecord,
  removeEmptyFolders,
  recordPath,
  removeFiles,
  removeRecord,
  writeRecord,
} from './kept-outputs-fs.ts';
import { seedsDir } from './raw-fs.ts';

/** The integration. */
export function keptOutputs(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let record = '';
  let previous: Set<string> | null = null;
  return {
    name: 'kept-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        // This hook runs before Astro's own checks of the folders, and the build start empties
        // the output folder: a mistyped OUT_DIR must never empty the project.
        const root = fileURLToPath(config.root);
        const precious = [config.srcDir, config.publicDir, config.cacheDir];
        const problem = outDirProblem(outDir, [
          root,
          ...precious.map((url) => fileURLToPath(url)),
          resolve(root, seedsDir()),
        ]);
        if (problem !== null) throw new Error(problem);
        record = recordPath(cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        previous = await readRecord(record, outDir);
        await removeRecord(record);
        if (previous === null) await forgetPageCopies(cacheDir);
        const { files, folders } = await listTree(outDir);
        const removed = removedBeforeBuild(files, previous);
        await removeFiles(outDir, removed);
        // A build that stopped midway may have left a folder it had not yet written a page into.
        if (previous === null) await removeEmptyFolders(outDir, folders);
        const kept = previous === null ? 'none recorded' : `${previous.size} recorded`;
        logger.info(`${removed.length} files removed before the build; pages kept: ${kept}`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const lists = [...assets.values()].map((urls) => urls.map((url) => fileURLToPath(url)));
        const current = routeOutputs(outDir.endsWith('/') ? outDir : `${outDir}/`, lists);
        const stale = removedAfterBuild(previous, new Set(current));
        await removeFiles(outDir, stale);
        await writeRecord(record, outDir, current);
        logger.info(`${stale.length} pages of the last build no longer built, removed`);
      },
    },
  };
}
