/**
 * The reuse between a story's articles as a small matrix: a row and a column per article, and in
 * each cell how the row's article relates to the column's (syndicated copy, partial reuse,
 * rewrite), the share of the row article's words the two print word for word, and the pair to
 * compare. Unrelated pairs and the diagonal are empty.
 */
import type { ReuseKind, ReusePair, Story } from '../schema/story.ts';

/** One related pair seen from the row's article. */
export interface ReuseCell {
  readonly kind: ReuseKind;
  /** Share (0..1) of the row article's words inside passages both print. */
  readonly share: number;
  /** Id of the likely source of the two, or null when nothing tells them apart. */
  readonly source: string | null;
  /** The pair as the comparison page names it (the lower id first). */
  readonly a: string;
  readonly b: string;
}

/** The matrix: `articles` gives the row and column order; `cells[i][j]` relates row i to column
 * j, null when unrelated or i = j. */
export interface ReuseMatrix {
  readonly articles: readonly string[];
  readonly cells: readonly (readonly (ReuseCell | null)[])[];
}

/** How each kind is named to a reader. */
export const REUSE_LABELS: Readonly<Record<ReuseKind, string>> = {
  syndicated: 'syndicated copy',
  partial: 'partial reuse',
  rewrite: 'rewrite',
};

/** The matrix of `story`, articles in the story's order. */
export function reuseMatrix(story: Pick<Story, 'articles' | 'reuse'>): ReuseMatrix {
  const byPair = new Map<string, ReusePair>();
  for (const pair of story.reuse) byPair.set(`${pair.a}\n${pair.b}`, pair);
  const cells = story.articles.map((row) =>
    story.articles.map((column): ReuseCell | null => {
      const pair = byPair.get(`${row}\n${column}`) ?? byPair.get(`${column}\n${row}`);
      if (!pair || row === column) return null;
      return {
        kind: pair.kind,
        share: pair.a === row ? pair.shared.a : pair.shared.b,
        source: pair.source,
        a: pair.a,
        b: pair.b,
      };
    }),
  );
  return { articles: story.articles, cells };
}

/** A share as a whole percentage ("29%"); a share above 0 never shows as 0%, nor below 1 as
 * 100%. */
export function percent(share: number): string {
  const value = Math.round(share * 100);
  if (value === 0 && share > 0) return '<1%';
  if (value === 100 && share < 1) return '>99%';
  return `${value}%`;
}

/** What a cell says besides its kind: the row article's shared share, and whether the row's
 * article is the likely source ("99% shared; likely source"). */
export function cellNote(cell: Pick<ReuseCell, 'share' | 'source'>, row: string): string {
  return `${percent(cell.share)} shared${cell.source === row ? '; likely source' : ''}`;
}
