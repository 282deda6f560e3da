/**
 * The Astro integration that keeps an earlier build's pages in the output folder instead of
 * letting Astro empty it (see `kept-outputs.ts`); `astro.config.mjs` turns Astro's emptying off
 * (`vite.build.emptyOutDir: false`) and adds this integration, which does the emptying itself,
 * sparing what Astro's incremental build would otherwise copy back.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removedAfterBuild, removedBeforeBuild, routeOutputs } from './kept-outputs.ts';
import {
  forgetPageCopies,
  listFiles,
  readRecord,
  recordPath,
  removeFiles,
  removeRecord,
  writeRecord,
} from './kept-outputs-fs.ts';

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
        record = recordPath(cacheDir, outDir);
      },
      'astro:build:start': async ({ logger }) => {
        previous = await readRecord(record, outDir);
        await removeRecord(record);
        if (previous === null) await forgetPageCopies(cacheDir);
        const removed = removedBeforeBuild(await listFiles(outDir), previous);
        await removeFiles(outDir, removed);
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
