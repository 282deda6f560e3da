/**
 * The Astro integration that publishes the raw inputs: after `astro build` it copies each input to
 * `raw/` (`raw-fs.ts`), unless `RAW_INPUTS_URL` says they are published elsewhere (then the
 * article pages link there and the site holds no copies, for hosts that limit a site's files).
 * Under `astro dev` it serves each published name from the seeds folder, as plain text that the
 * browser may not sniff, as a well-configured host would.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listSeeds } from '../pipeline/seeds-fs.ts';
import { copyRawInputs, seedsDir } from './raw-fs.ts';
import { externalRawProblem, rawFileName } from './raw-files.ts';

/** The published name a dev-server path asks for (`…/raw/<name>`), or null for any other path. */
function devRawName(url: string): string | null {
  const match = /\/raw\/([^/?#]+)$/.exec(url.split('?')[0] ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The bytes of the input in the seeds folder (sub-folders included) published as `name`, or
 * null. A web archive's record is served by the built site only (`raw-fs.ts`). */
async function devRawBytes(name: string): Promise<Buffer | null> {
  const { files, paths } = await listSeeds(seedsDir());
  for (const file of files) {
    const bytes = await readFile(paths.get(file) ?? join(seedsDir(), file)).catch(() => null);
    if (!bytes) continue;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (rawFileName(basename(file), sha256) === name) return bytes;
  }
  return null;
}

/** The integration; `external` is `RAW_INPUTS_URL`. */
export function rawInputs(external: string | undefined): AstroIntegration {
  return {
    name: 'raw-inputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        const problem = external ? externalRawProblem(external, config.site) : null;
        if (problem) throw new Error(problem);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (external) {
          // A build before may have published them here (raw/ is kept between builds).
          await rm(join(fileURLToPath(dir), 'raw'), { recursive: true, force: true });
          logger.info(`raw inputs are linked at ${external}, not copied`);
          return;
        }
        const { published, written } = await copyRawInputs(fileURLToPath(dir));
        logger.info(`${published} raw inputs in raw/, ${written} of them copied by this build`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const name = devRawName(req.url ?? '');
          if (name === null) return next();
          devRawBytes(name).then(
            (bytes) => {
              if (!bytes) return next();
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.setHeader('X-Content-Type-Options', 'nosniff');
              res.setHeader('Content-Security-Policy', 'sandbox');
              res.end(bytes);
            },
            () => next(),
          );
        });
      },
    },
  };
}
