/**
 * The cache keys of the archive's pages (`page-keys.ts`), as the routes read them: made from the
 * collections the pages themselves read, once per build.
 */
import { loadArticleEntries } from './article-entries.ts';
import { loadArchive } from './collection.ts';
import { loadCoverage } from './coverage-collection.ts';
import { LIST_PAGE_SIZE } from './listing-pages.ts';
import { type PageKeys, pageKeys } from './page-keys.ts';

let loaded: Promise<PageKeys> | undefined;

async function load(): Promise<PageKeys> {
  const { bodyHtml } = await loadArticleEntries();
  const { addresses, outletSlugs, tagSlugs } = await loadArchive();
  const { articleById, analysis, cutPrintings, storyById, quoteById, entityByName } =
    await loadCoverage();
  return pageKeys({
    articleById,
    bodyHtml,
    addresses,
    outletSlugs,
    tagSlugs,
    analysis,
    cutPrintings,
    storyById,
    quoteById,
    entityByName,
    // What pages read from the environment beside Astro's config (see the components), and the
    // collation their sorts use to break ties (the default locale, and Node's ICU data).
    settings: [
      process.env.RAW_INPUTS_URL ?? null,
      String(LIST_PAGE_SIZE),
      new Intl.Collator().resolvedOptions().locale,
      process.versions.icu ?? null,
      process.version,
    ],
  });
}

/** The page keys of the archive (made once per build). */
export function loadPageKeys(): Promise<PageKeys> {
  loaded ??= load();
  return loaded;
}
