/**
 * The comparison of a story's related articles, two at a time: what a story's comparison page
 * carries (every version's text and every related pair) and the HTML of one pair side by side.
 * The page renders one pair when it is built and the browser renders any other from the same data
 * with the same function, so a story needs one page, not one per pair, and only the pair a reader
 * asks for is ever diffed.
 */
import type { Article } from '../schema/article.ts';
import type { ReusePair, Story } from '../schema/story.ts';
import { formatDate, UNKNOWN_DATE } from './dates.ts';
import { escapeHtml, markedHtml } from './marked-html.ts';
import { percent, REUSE_LABELS } from './reuse-matrix.ts';
import { orientPassages, sideBySide, type SideBySideRow } from './side-by-side.ts';

/** One version as the comparison shows it. */
export interface ComparedArticle {
  readonly title: string;
  /** Null when the outlet is unknown. */
  readonly outlet: string | null;
  /** The date as a reader sees it, at its real precision, or "Date unknown". */
  readonly date: string;
  /** The `datetime` of the date, or null when unknown. */
  readonly datetime: string | null;
  /** The article page. */
  readonly path: string;
  /** The article's reading text, which the pair's passages index by word. */
  readonly text: string;
}

/** Everything a story's comparison page needs, as JSON the browser can read. */
export interface ComparisonData {
  readonly story: { readonly id: string; readonly title: string; readonly path: string };
  /** The story's related pairs, in the story's order. */
  readonly pairs: readonly ReusePair[];
  /** Each article of a pair, by id. */
  readonly articles: Readonly<Record<string, ComparedArticle>>;
}

/** The comparison data of `story`: its related pairs and the articles they name. `pathOf` gives
 * an article's page. An article missing from `articleById` is left out; its pairs show it as
 * unknown. */
export function comparisonData(
  story: Pick<Story, 'id' | 'title' | 'reuse'>,
  articleById: ReadonlyMap<string, Article>,
  paths: { story: string; article: (id: string) => string },
): ComparisonData {
  const articles: Record<string, ComparedArticle> = {};
  for (const id of story.reuse.flatMap((p) => [p.a, p.b])) {
    const article = articleById.get(id);
    if (article === undefined || id in articles) continue;
    const date = formatDate(article);
    articles[id] = {
      title: article.title,
      outlet: article.outlet,
      date,
      datetime: date === UNKNOWN_DATE ? null : article.published,
      path: paths.article(id),
      text: article.text,
    };
  }
  return {
    story: { id: story.id, title: story.title, path: paths.story },
    pairs: story.reuse,
    articles,
  };
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

const REASONS = {
  'earlier-date': 'it was published earlier',
  credit: 'the other credits its outlet',
  'fuller-text': 'its text is fuller',
} as const;

const ROW_NAMES = {
  shared: 'Printed by both',
  unique: 'Printed by one only, or worded differently',
} as const;

/** `text` safe inside a double-quoted attribute. */
function attr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

const outletName = (a: ComparedArticle | undefined): string => a?.outlet ?? 'unknown outlet';

function sideHead(side: string, id: string, article: ComparedArticle | undefined, share: number) {
  const title = article === undefined ? escapeHtml(id) : escapeHtml(article.title);
  const link = article === undefined ? title : `<a href="${attr(article.path)}">${title}</a>`;
  const date =
    article?.datetime == null
      ? `<span>${escapeHtml(article?.date ?? UNKNOWN_DATE)}</span>`
      : `<time datetime="${attr(article.datetime)}">${escapeHtml(article.date)}</time>`;
  const outlet = escapeHtml(article?.outlet ?? 'Outlet unknown');
  return (
    `<div class="sbs-cell"><h3>${side}: ${link}</h3>` +
    `<p class="meta">${outlet} · ${date} · ${percent(share)} of its words in shared passages</p></div>`
  );
}

function rowHtml(row: SideBySideRow): string {
  const cell = (side: string, segments: SideBySideRow['left']) =>
    `<div class="sbs-cell"><p class="sbs-label">${side}</p>` +
    (segments.length === 0
      ? '<p class="sbs-text note">(nothing here)</p>'
      : `<p class="marked quote-text sbs-text">${markedHtml(segments)}</p>`) +
    '</div>';
  return (
    `<div class="sbs-row ${row.kind}"><p class="vh">${ROW_NAMES[row.kind]}</p>` +
    cell('Left', row.left) +
    cell('Right', row.right) +
    '</div>'
  );
}

/** The heading of `pair` ("Outlet A and Outlet B"), likely source first. */
export function pairHeading(data: ComparisonData, pair: ReusePair): string {
  const left = pair.source ?? pair.a;
  const right = left === pair.a ? pair.b : pair.a;
  return `${outletName(data.articles[left])} and ${outletName(data.articles[right])}`;
}

/**
 * The HTML of `pair` side by side: a heading, how the two relate and which is the likely source
 * (on the left), each side's title, outlet, date and shared share, then the aligned rows (see
 * {@link sideBySide}). Every text is escaped; each side's words are all there, in order.
 */
export function comparisonHtml(data: ComparisonData, pair: ReusePair): string {
  const leftId = pair.source ?? pair.a;
  const rightId = leftId === pair.a ? pair.b : pair.a;
  const left = data.articles[leftId];
  const right = data.articles[rightId];
  const share = (id: string) => (id === pair.a ? pair.shared.a : pair.shared.b);
  const rows =
    left === undefined || right === undefined
      ? []
      : sideBySide(left.text, right.text, orientPassages(pair, leftId));
  const source =
    pair.source === null
      ? ' Nothing tells which one came first.'
      : ` The left one is the likely source: ${REASONS[pair.sourceReason ?? 'fuller-text']}.`;
  return (
    `<h2 id="pair-h">${escapeHtml(pairHeading(data, pair))}</h2>` +
    `<p>The two are a ${REUSE_LABELS[pair.kind]}.${source}</p>` +
    `<div class="sbs-head">${sideHead('Left', leftId, left, share(leftId))}${sideHead('Right', rightId, right, share(rightId))}</div>` +
    rows.map(rowHtml).join('')
  );
}
