/**
 * The comparisons a quote page links to: for any two articles that printed the quote and are
 * related texts of one story (a reuse pair, which is what a comparison page shows), the address
 * of that pair's comparison. Two printings that are not related texts have no comparison page,
 * so none is linked rather than a link to a page that would not show them.
 */
import type { ReusePair, Story } from '../schema/story.ts';
import { comparePath } from './coverage-urls.ts';
import { REUSE_LABELS } from './reuse-pairs.ts';

/** One comparison of two printings. */
export interface QuoteComparison {
  /** The comparison page of the pair (`?pair=a~b`). */
  readonly href: string;
  /** The two versions by outlet (or title when the outlet is unknown), as the page names them. */
  readonly label: string;
  /** How the two texts relate ("syndicated copy"). */
  readonly kind: string;
}

/** What the links need to know of an article. */
export interface PrintingArticle {
  readonly outlet: string | null;
  readonly title: string | null;
}

/**
 * Every comparison between two of `articleIds` (the articles printing a quote): each related pair
 * of the stories they belong to (`storyOf`) whose two articles both printed it, once, in the
 * story's order of pairs. Empty when no two printings are related texts.
 */
export function quoteComparisons(
  base: string,
  articleIds: readonly string[],
  storyOf: (id: string) => Pick<Story, 'id' | 'reuse'> | undefined,
  articleOf: (id: string) => PrintingArticle | undefined,
): QuoteComparison[] {
  const printed = new Set(articleIds);
  const stories = new Map<string, Pick<Story, 'id' | 'reuse'>>();
  for (const id of printed) {
    const story = storyOf(id);
    if (story !== undefined) stories.set(story.id, story);
  }
  const name = (id: string) => articleOf(id)?.outlet ?? articleOf(id)?.title ?? id;
  return [...stories.values()].flatMap((story) =>
    story.reuse
      .filter((p: ReusePair) => printed.has(p.a) && printed.has(p.b))
      .map((p) => {
        const first = p.source ?? p.a;
        const second = first === p.a ? p.b : p.a;
        return {
          href: comparePath(base, story.id, p.a, p.b),
          label: `${name(first)} and ${name(second)}`,
          kind: REUSE_LABELS[p.kind],
        };
      }),
  );
}
