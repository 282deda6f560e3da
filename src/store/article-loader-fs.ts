/**
 * The content loader of the article collection: one store entry per entry file, holding the
 * article's fields and its rendered body, and no Markdown body or second copy of the text (see
 * `stored-article.ts`). Each entry carries a digest of its file, so a rebuild with unchanged
 * files renders and rewrites nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { Article } from '../schema/article.ts';
import { readEntryText } from './entry-text.ts';
import { storedArticle } from './stored-article.ts';

/** Part of every digest, so entries stored in an older form are made again when it changes. */
const STORE_FORMAT = 'stored-article 1';

/** What a sync did, entry by entry. */
export interface SyncCounts {
  /** Entries rendered and stored, new or changed. */
  readonly stored: number;
  /** Entries whose file was unchanged, left as stored. */
  readonly unchanged: number;
  /** Entries whose file is gone, removed from the store. */
  readonly removed: number;
}

/** What of Astro's loader context a sync uses. */
export type SyncContext = Pick<
  LoaderContext,
  'store' | 'generateDigest' | 'parseData' | 'renderMarkdown'
>;

/** Brings the store in line with the `*.md` files of `folder`: renders and stores each new or
 * changed file, leaves an unchanged one (same digest) untouched, removes entries whose file is
 * gone. Each file must be named after its article's id. */
export async function syncArticles(context: SyncContext, folder: string): Promise<SyncCounts> {
  const { store } = context;
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const seen = new Set<string>();
  let stored = 0;
  for (const name of names) {
    const id = name.slice(0, -'.md'.length);
    seen.add(id);
    const contents = await readFile(join(folder, name), 'utf8');
    const digest = context.generateDigest(`${STORE_FORMAT}\n${contents}`);
    if (store.get(id)?.digest === digest) continue;
    const { data, body } = readEntryText(contents, name);
    const article = Article.parse(data);
    if (article.id !== id) throw new Error(`${name}: holds the article "${article.id}"`);
    const { html } = await context.renderMarkdown(body);
    const parsed = await context.parseData({ id, data: storedArticle(article, html) });
    store.set({ id, data: parsed, rendered: { html }, digest });
    stored += 1;
  }
  const gone = store.keys().filter((id) => !seen.has(id));
  for (const id of gone) store.delete(id);
  return { stored, unchanged: names.length - stored, removed: gone.length };
}

/** How long the development server waits after the last change to an entry file before it syncs:
 * the ingest replaces the whole folder at once, and one sync should follow, not one per file. */
const SETTLE_MS = 200;

/** The loader of the entries in `folder` (relative to the project root). In the
 * development server it syncs again once the entry files stop changing. */
export function articleLoader(folder: string): Loader {
  return {
    name: 'archive-articles',
    load: async (context) => {
      const entries = resolve(fileURLToPath(context.config.root), folder);
      const sync = async (): Promise<void> => {
        const counts = await syncArticles(context, entries);
        context.logger.info(
          `${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.removed} removed`,
        );
      };
      await sync();
      let queue = Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      context.watcher?.on('all', (_event, path) => {
        if (!resolve(path).startsWith(`${entries}${sep}`) || !path.endsWith('.md')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          queue = queue.then(sync).catch((error: unknown) => {
            context.logger.error(error instanceof Error ? error.message : String(error));
          });
        }, SETTLE_MS);
      });
    },
  };
}
