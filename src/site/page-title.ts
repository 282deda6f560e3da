/**
 * The title a browser tab shows for an article: its headline, shortened at a word to fit a tab,
 * and the outlet, so four outlets' versions of one story can be told apart ("Mayor vows to fight
 * ICE | Latin Times"). The page's own heading keeps the whole headline.
 */
import type { Article } from '../schema/article.ts';

/** Longest headline kept whole in a tab title, in characters. */
const TAB_HEADLINE_MAX = 70;

/** `text` cut at the last word boundary within `max` characters, with an ellipsis when cut (an
 * ellipsis already ending it is not doubled). */
export function shortenAtWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : trimmed.slice(0, max)).replace(
    /[\s,;:.…-]+$/u,
    '',
  );
  return `${head}…`;
}

/** What a page shows for an article or story whose title nobody knows. */
export const UNKNOWN_TITLE = 'Title unknown';

/** A title as pages show it: the headline, or that it is unknown (never one made up). */
export function shownTitle(title: string | null): string {
  return title ?? UNKNOWN_TITLE;
}

/** "Headline | Outlet" for an article's tab; "Title unknown" and "outlet unknown" for what nobody
 * knows. */
export function articleTabTitle(article: Pick<Article, 'title' | 'outlet'>): string {
  return `${shortenAtWord(shownTitle(article.title), TAB_HEADLINE_MAX)} | ${article.outlet ?? 'outlet unknown'}`;
}
