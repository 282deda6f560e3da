/**
 * The Astro integration that publishes the raw inputs: after `astro build` it copies each input to
 * `raw/` (`raw-fs.ts`), unless `RAW_INPUTS_URL` says they are published elsewhere (then the
 * article pages link there and the site holds no copies, for hosts that limit a site's files).
 * Under `astro dev` it serves `raw/<file>` straight from the seeds folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyRawInputs, seedsDir } from './raw-fs.ts';
import { inputFileName } from './raw-files.ts';

/** The input file a dev-server path asks for (`…/raw/<name>`), or null for any other path. */
function devRawFile(url: string): string | null {
  const match = /\/raw\/([^/?#]+)$/.exec(url.split('?')[0] ?? '');
  return match?.[1] ? inputFileName(decodeURIComponent(match[1])) : null;
}

/** The integration; `external` is `RAW_INPUTS_URL`. */
export function rawInputs(external: string | undefined): AstroIntegration {
  return {
    name: 'raw-inputs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (external) {
          logger.info(`raw inputs are linked at ${external}, not copied`);
          return;
        }
        logger.info(`${await copyRawInputs(fileURLToPath(dir))} raw inputs copied to raw/`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = devRawFile(req.url ?? '');
          if (file === null || file.includes('/') || file.startsWith('.')) return next();
          readFile(join(seedsDir(), file)).then(
            (bytes) => res.end(bytes),
            () => next(),
          );
        });
      },
    },
  };
}
