/**
 * `node scripts/bulk-export.ts`: writes the bulk export (`api/bulk/`, see `lib/bulk-export-fs.ts`)
 * into the site `astro build` wrote (`OUT_DIR`, default `dist`). `npm run build:site` does the same
 * in-process; the scale benchmark runs this as a timed stage of its own.
 */
import { writeBulkExport } from './lib/bulk-export-fs.ts';
import { readCommand } from './lib/command-line.ts';

readCommand({
  name: 'bulk-export',
  summary:
    'Writes the bulk export (gzip JSON Lines and CSV index parts, with a manifest) into the ' +
    'built site (OUT_DIR, default dist), from the paged JSON API the build wrote.',
  operands: '',
  options: {},
  help: {},
});

writeBulkExport(process.env.OUT_DIR ?? 'dist').then(
  ({ kinds }) => {
    const parts = Object.values(kinds).reduce((n, k) => n + k.records.length + k.index.length, 0);
    console.log(`bulk export: ${parts} parts in api/bulk/ (manifest.json)`);
  },
  (error: unknown) => {
    console.error(`bulk-export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
