/**
 * The comparison of a story's related articles, two at a time: what a story's comparison page
 * carries (every version's paragraphs and every related pair) and the HTML of one pair, aligned
 * paragraph by paragraph with only the changes marked. The page renders one pair when it is built
 * and the browser renders any other from the same data with the same function, so a story needs
 * one page, not one per pair, and only the pair a reader asks for is ever diffed. Browser-safe:
 * the data is made at build time by `comparison-data.ts`.
 */
import type { ReusePair } from '../schema/story.ts';
import type { Paragraph } from './align-paragraphs.ts';
import { differenceSentence, linkCounts, plural, sourceSentence } from './compare-summary.ts';
import { UNKNOWN_DATE } from './dates.ts';
import { escapeHtml } from './marked-html.ts';
import { escapeAttr } from './paragraph-html.ts';
import { pairRows } from './pair-rows.ts';
import { REUSE_LABELS } from './reuse-pairs.ts';
import { rowsHtml } from './compare-rows-html.ts';

/** One version as the comparison shows it. */
export interface ComparedArticle {
  readonly title: string;
  /** Null when the outlet is unknown. */
  readonly outlet: string | null;
  /** The date as a reader sees it, at its real precision, or "Date unknown". */
  readonly date: string;
  /** The `datetime` of the date, or null when unknown. */
  readonly datetime: string | null;
  /** Who the article credits for its text, or null. */
  readonly credit: string | null;
  readonly words: number;
  /** The article page. */
  readonly path: string;
  /** Its paragraphs as printed, with their links. */
  readonly paragraphs: readonly Paragraph[];
}

/** Everything a story's comparison page needs, as JSON the browser can read. */
export interface ComparisonData {
  readonly story: { readonly id: string; readonly title: string; readonly path: string };
  /** The story's related pairs, in the story's order. */
  readonly pairs: readonly ReusePair[];
  /** Each article of a pair, by id. */
  readonly articles: Readonly<Record<string, ComparedArticle>>;
}

/** The pair a story's comparison page is built with, and shows when no other is asked for: the
 * closest copies (the largest shared shares together), the first of equals. */
export function defaultPair<P extends Pick<ReusePair, 'shared'>>(
  pairs: readonly P[],
): P | undefined {
  const closeness = (p: P) => p.shared.a + p.shared.b;
  return pairs.reduce<P | undefined>(
    (best, p) => (best === undefined || closeness(p) > closeness(best) ? p : best),
    undefined,
  );
}

/** The pair named by `slug` (`a~b`, either order), or undefined when the story has no such pair. */
export function findPair(data: Pick<ComparisonData, 'pairs'>, slug: string): ReusePair | undefined {
  const [x = '', y = ''] = slug.split('~');
  return data.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
}

/** The ids of `pair` as shown: the likely source on the left, else `a`. */
export function pairSides(pair: ReusePair): { left: string; right: string } {
  const left = pair.source ?? pair.a;
  return { left, right: left === pair.a ? pair.b : pair.a };
}

/** How the page names each side of `pair`: its outlet, else its title, else its id; "(first)"
 * and "(second)" are added when both would read the same. */
export function sideNames(data: ComparisonData, pair: ReusePair): { left: string; right: string } {
  const { left, right } = pairSides(pair);
  const name = (id: string) => {
    const a = data.articles[id];
    return a?.outlet ?? a?.title ?? id;
  };
  const l = name(left);
  const r = name(right);
  return l === r ? { left: `${l} (first)`, right: `${r} (second)` } : { left: l, right: r };
}

/** The heading of `pair` ("Outlet A and Outlet B"), likely source first. */
export function pairHeading(data: ComparisonData, pair: ReusePair): string {
  const names = sideNames(data, pair);
  return `${names.left} and ${names.right}`;
}

function sideHead(role: string, id: string, article: ComparedArticle | undefined): string {
  const title = escapeHtml(article?.title ?? id);
  const link = article === undefined ? title : `<a href="${escapeAttr(article.path)}">${title}</a>`;
  const date =
    article?.datetime == null
      ? `<span>${escapeHtml(article?.date ?? UNKNOWN_DATE)}</span>`
      : `<time datetime="${escapeAttr(article.datetime)}">${escapeHtml(article.date)}</time>`;
  const outlet = escapeHtml(article?.outlet ?? 'Outlet unknown');
  const words = article === undefined ? 'text not in the archive' : plural(article.words, 'word');
  return (
    `<div class="cell"><p class="role">${role}</p><h3>${link}</h3>` +
    `<p class="meta">${outlet} · ${date} · ${words}</p></div>`
  );
}

/**
 * The HTML of `pair`: a heading, a summary (what differs, and which is the likely source and
 * why), each version's title, outlet and date, then the paragraphs aligned in rows with only
 * the changes marked (see `compare-rows-html.ts`). Every text is escaped; each version's
 * paragraphs are all there, in order, as printed.
 */
export function comparisonHtml(data: ComparisonData, pair: ReusePair): string {
  const ids = pairSides(pair);
  const left = data.articles[ids.left];
  const right = data.articles[ids.right];
  const names = sideNames(data, pair);
  const lp = left?.paragraphs ?? [];
  const rp = right?.paragraphs ?? [];
  const { rows, counts } = pairRows(lp, rp);
  const side = (a: ComparedArticle | undefined, name: string) => ({
    name,
    date: a?.date ?? UNKNOWN_DATE,
    credit: a?.credit ?? null,
    words: a?.words ?? 0,
  });
  const summary =
    `The two are a ${REUSE_LABELS[pair.kind]}: ` +
    differenceSentence(counts, linkCounts(lp, rp), names) +
    ` ${sourceSentence(pair, side(left, names.left), side(right, names.right))}`;
  const leftRole = pair.source === null ? 'First version' : 'Likely source';
  return (
    `<h2 id="pair-h">${escapeHtml(pairHeading(data, pair))}</h2>` +
    `<p class="summary" id="pair-summary">${escapeHtml(summary)}</p>` +
    `<div class="cols"><div class="row head">${sideHead(leftRole, ids.left, left)}` +
    `${sideHead(pair.source === null ? 'Second version' : 'The other version', ids.right, right)}</div>` +
    rowsHtml(rows, names) +
    '</div>'
  );
}
