/**
 * What a story's comparison page carries, made at build time: each related article's paragraphs
 * with the links it printed (read off its rendered body), its date, credit and length, and the
 * story's related pairs. Kept apart from `comparison.ts` so the browser script, which renders
 * from this data, never bundles an HTML parser.
 */
import type { Article } from '../schema/article.ts';
import type { Story } from '../schema/story.ts';
import type { ComparedArticle, ComparisonData } from './comparison.ts';
import { formatDate, UNKNOWN_DATE } from './dates.ts';
import { shownTitle } from './page-title.ts';
import { paragraphsWithLinks } from './paragraph-links.ts';

/** The comparison data of `story`: its related pairs and the articles they name. `paths` give
 * the story's and an article's page; `htmlOf` an article's rendered body (its links), undefined
 * when there is none. An article missing from `articleById` is left out; its pairs show it as
 * unknown. */
export function comparisonData(
  story: Pick<Story, 'id' | 'title' | 'reuse'>,
  articleById: ReadonlyMap<string, Article>,
  paths: { story: string; article: (id: string) => string },
  htmlOf: (id: string) => string | undefined = () => undefined,
): ComparisonData {
  const articles: Record<string, ComparedArticle> = {};
  for (const id of story.reuse.flatMap((p) => [p.a, p.b])) {
    const article = articleById.get(id);
    if (article === undefined || id in articles) continue;
    const date = formatDate(article);
    articles[id] = {
      title: shownTitle(article.title),
      outlet: article.outlet,
      date,
      datetime: date === UNKNOWN_DATE ? null : article.published,
      credit: article.credit,
      words: article.wordCount,
      path: paths.article(id),
      paragraphs: paragraphsWithLinks(article.text, htmlOf(id)),
    };
  }
  return {
    story: { id: story.id, title: shownTitle(story.title), path: paths.story },
    pairs: story.reuse,
    articles,
  };
}
