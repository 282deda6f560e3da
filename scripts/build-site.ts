/**
 * `npm run build:site`: `astro build`, then `pagefind` over the output (`OUT_DIR`, default `dist`).
 * Astro's line per written page drives a progress display with a count, the expected total
 * (estimated from the corpus the ingest wrote) and an ETA, instead of tens of thousands of lines;
 * every other line of Astro's output is passed through, and a last line says how many pages were
 * reused from the previous build (Astro's incremental build, see `src/site/page-keys.ts`). Then the bulk export is written into the
 * output (`bulk-export-fs.ts`). Exits with the first failing step's code. Without `SITE_URL` it
 * warns once: the site is built with no absolute address (no feeds, sitemap or canonical links).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { recoverOutput } from '../src/pipeline/output-fs.ts';
import { DEFAULT_OUTPUT_DIR } from '../src/pipeline/output-layout.ts';
import { writeBulkExport } from './lib/bulk-export-fs.ts';
import { estimatePages } from './lib/page-estimate-fs.ts';
import { startProgress } from './lib/progress.ts';
import { readCommand } from './lib/command-line.ts';
import { countPageLine, type PageCount } from './lib/astro-page-lines.ts';

readCommand({
  name: 'build:site',
  summary:
    'Builds the site from the entries the ingest wrote (astro build), then indexes it with ' +
    'Pagefind; OUT_DIR, SITE_URL, BASE_PATH and RAW_INPUTS_URL are read from the environment.',
  operands: '',
  options: {},
  help: {},
});

function run(
  cmd: string,
  args: readonly string[],
  onLine?: (line: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: onLine ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    });
    if (onLine)
      for (const stream of [child.stdout, child.stderr]) {
        if (stream) createInterface({ input: stream }).on('line', onLine);
      }
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  if (!process.env.SITE_URL) {
    console.error(
      'build:site: SITE_URL is not set: no feeds or sitemap, and canonical links are site paths',
    );
  }
  await recoverOutput(DEFAULT_OUTPUT_DIR);
  const progress = startProgress('astro build', await estimatePages('.'));
  const pages: PageCount = { written: 0, reused: 0 };
  const built = await run('astro', ['build'], (line) => {
    if (countPageLine(line, pages)) progress.tick();
    else console.log(line);
  });
  progress.done();
  if (built !== 0) return built;
  console.log(
    `astro build: ${pages.written} pages and files, ${pages.reused} of them reused from the previous build`,
  );
  const site = process.env.OUT_DIR ?? 'dist';
  const { kinds } = await writeBulkExport(site);
  const parts = Object.values(kinds).reduce((n, k) => n + k.records.length + k.index.length, 0);
  console.log(`bulk export: ${parts} parts in api/bulk/ (manifest.json)`);
  return run('pagefind', ['--site', site]);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`build:site: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
