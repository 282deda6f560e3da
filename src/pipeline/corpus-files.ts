/**
 * The analysed corpus as the JSON files Astro's `file()` loader reads: `quotes.json`,
 * `stories.json`, `entities.json` (arrays of entries with an `id`) and `articles.json` (the
 * per-article analysis, one entry per article id). Output is deterministic: keys sorted at every
 * level, arrays in the corpus's sorted order, so the same input gives byte-identical files.
 */
import type { Corpus } from '../schema/story.ts';

/** JSON text of `value` with object keys sorted at every level, two-space indented, newline-ended. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** File name -> text of every corpus file. Entity entries get `id` = their slug; the per-article
 * file is an array of `{id, ...analysis}` sorted by id. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const articles = Object.keys(corpus.byArticle)
    .sort()
    .map((id) => ({ id, ...corpus.byArticle[id] }));
  return new Map([
    ['articles.json', stableJson(articles)],
    ['entities.json', stableJson(corpus.entities.map((e) => ({ id: e.slug, ...e })))],
    ['quotes.json', stableJson(corpus.quotes)],
    ['stories.json', stableJson(corpus.stories)],
  ]);
}
