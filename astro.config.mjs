// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_OUTPUT_DIR, ENTRIES_FOLDER } from './src/pipeline/output-layout.ts';
import { keptOutputs } from './src/site/kept-outputs-integration.ts';
import { rawInputs } from './src/site/raw-inputs-integration.ts';
import { collectionStorage } from './src/store/collection-storage-fs.ts';

/** The site's absolute URL (for canonical links, feeds, sitemap) and the sub-path it is served under.
 * Unset, the site knows no origin: it writes no absolute link rather than one to a development
 * server (no canonical links, feeds or sitemap; `npm run build:site` warns once). */
const site = process.env.SITE_URL || undefined;
const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro 7's default 'jsx' compression can glue two words across inline elements; keep HTML-aware
  // compression, which never removes whitespace that separates words.
  compressHTML: true,
  // The archive's text is evidence: no typographic rewriting of the outlet's quotes and dashes.
  markdown: { smartypants: false },
  // Every stylesheet is a file, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  // ... and every script (only the search page has one): the policy allows no inline script.
  // The output folder is emptied by `keptOutputs` below, which keeps the last build's pages for
  // Astro's incremental build to leave in place rather than copy back.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // Astro's content store in one file, or in files of at most 20 MB for an archive large enough
  // to pass V8's string limit in one (slower to write, so only then; see the module).
  experimental: {
    collectionStorage: collectionStorage(`${DEFAULT_OUTPUT_DIR}/${ENTRIES_FOLDER}`),
    // A page whose cache key (src/site/page-keys.ts) and code are unchanged since the last build
    // is copied from it (node_modules/.astro/, safe to delete) rather than rendered again.
    incrementalBuild: true,
  },
  // A sitemap file of 5,000 addresses is about 0.7 MB; the default 45,000 would pass 5 MB.
  integrations: [
    keptOutputs(),
    mdx(),
    ...(site ? [sitemap({ entryLimit: 5_000 })] : []),
    rawInputs(process.env.RAW_INPUTS_URL),
  ],
});
