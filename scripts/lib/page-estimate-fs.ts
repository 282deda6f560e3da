/**
 * How many pages `astro build` will write, counted before it starts from the entries and corpus
 * the ingest wrote (`page-count.ts`), so its progress display shows a count out of the real total
 * and an ETA.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Entity, Story } from '../../src/schema/story.ts';
import { countPages, type ListedArticle } from './page-count.ts';

/** Pages per article when the corpus cannot be read: 1.6 as measured at N = 10,000, plus about 1.9
 * for the JSON API's record files and the outlet and story feeds added since (from that run's
 * counts of quotes, stories and outlets). */
const PAGES_PER_ARTICLE = 3.5;

/** The front matter of an entry up to its `text` field: the short fields listings use, read
 * without parsing the article's text. */
function listedFields(entry: string): ListedArticle {
  const end = entry.indexOf('\ntext:');
  return parse(entry.slice(4, end < 0 ? undefined : end)) as ListedArticle;
}

/** Route files under `dir` with no parameter in their path. */
async function staticRoutes(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return files.filter(
    (f) =>
      f.isFile() &&
      /\.(?:astro|mdx?|[jt]s)$/u.test(f.name) &&
      !relative(dir, join(f.parentPath, f.name)).includes('['),
  ).length;
}

/** The pages the site in `cwd` will build, or, when its corpus cannot be read, an estimate from
 * `articles` (default: the entries in `src/content/archive/articles`). `siteKnown` says whether
 * the build has an origin (default: whether `SITE_URL` is set), which decides the feeds. */
export async function estimatePages(
  cwd: string,
  articles?: number,
  siteKnown: boolean = Boolean(process.env.SITE_URL),
): Promise<number> {
  const folder = join(cwd, 'src/content/archive/articles');
  const names = (await readdir(folder).catch(() => [])).filter((n) => n.endsWith('.md'));
  const corpus = join(cwd, 'src/content/archive/corpus');
  const read = async <T>(name: string): Promise<T> =>
    JSON.parse(await readFile(join(corpus, name), 'utf8')) as T;
  try {
    // One file at a time: 100,000 entries opened at once would run out of file handles.
    const listed: ListedArticle[] = [];
    for (const n of names) listed.push(listedFields(await readFile(join(folder, n), 'utf8')));
    return countPages({
      articles: listed,
      stories: await read<Story[]>('stories.json'),
      quotes: await read<unknown[]>('quotes.json'),
      entities: await read<Entity[]>('entities.json'),
      staticRoutes: await staticRoutes(join(cwd, 'src/pages')),
      siteKnown,
    });
  } catch {
    return Math.round((articles ?? names.length) * PAGES_PER_ARTICLE);
  }
}
