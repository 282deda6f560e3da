/**
 * The layout of a story's coverage timeline, drawn at build time as an SVG: one row per dated
 * article, a dot at its date (a bar over the whole month or year when only that is known), and
 * the first and last dates on the axis. Articles without a known date are returned apart, never
 * placed on a guessed date. Pure: the page only renders the numbers.
 */
import type { Article } from '../schema/article.ts';
import { formatDate } from './dates.ts';

/** What the timeline needs of an article; `label` names its row (the outlet, or that it is
 * unknown). */
export type TimelineArticle = Pick<Article, 'id' | 'published' | 'publishedPrecision'> & {
  readonly label: string;
};

/** One dated article on the timeline; `x2` is greater than `x` when it spans a month or year. */
export interface TimelineRow {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly x2: number;
  readonly y: number;
}

/** The drawing: its size, rows oldest first, axis ticks, and the ids of the undated articles. */
export interface Timeline {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly plot: { readonly left: number; readonly right: number };
  readonly rows: readonly TimelineRow[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly undated: readonly string[];
}

/** Sizes in SVG user units; the SVG scales to the page's width. */
const WIDTH = 640;
const LABEL_WIDTH = 200;
const RIGHT_MARGIN = 24;
const TOP = 16;
const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 40;
/** Longest row label drawn; the text alternative always has the whole name. */
export const LABEL_MAX_CHARS = 28;

const DAY = 86_400_000;
const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** The time span a date stands for, in ms since the epoch (UTC), or null when unknown. */
export function dateSpan(
  date: Pick<Article, 'published' | 'publishedPrecision'>,
): [number, number] | null {
  const { published, publishedPrecision } = date;
  if (published === null || publishedPrecision === 'unknown') return null;
  if (publishedPrecision === 'datetime') {
    const time = Date.parse(published);
    return Number.isNaN(time) ? null : [time, time];
  }
  const parts = PARTS.exec(published);
  if (!parts) return null;
  const year = Number(parts[1]);
  const month = parts[2] === undefined ? null : Number(parts[2]) - 1;
  const day = parts[3] === undefined ? null : Number(parts[3]);
  if (publishedPrecision === 'year' || month === null) {
    return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - DAY];
  }
  if (publishedPrecision === 'month' || day === null) {
    return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - DAY];
  }
  const start = Date.UTC(year, month, day);
  return [start, start];
}

/** A row label cut to {@link LABEL_MAX_CHARS}, with an ellipsis when cut. */
export function shortLabel(label: string): string {
  const chars = Array.from(label);
  return chars.length <= LABEL_MAX_CHARS
    ? label
    : `${chars.slice(0, LABEL_MAX_CHARS - 1).join('')}…`;
}

const round = (value: number): number => Math.round(value * 10) / 10;

function dayLabel(time: number): string {
  return formatDate({
    published: new Date(time).toISOString().slice(0, 10),
    publishedPrecision: 'day',
  });
}

/** Lays out `articles` on one time axis: dated rows oldest first (ties by id), undated apart. */
export function timelineLayout(articles: readonly TimelineArticle[]): Timeline {
  const dated = articles
    .flatMap((article) => {
      const span = dateSpan(article);
      return span === null ? [] : [{ article, span }];
    })
    .sort((x, y) => x.span[0] - y.span[0] || x.article.id.localeCompare(y.article.id));
  const undated = articles
    .filter((a) => dateSpan(a) === null)
    .map((a) => a.id)
    .sort();
  const left = LABEL_WIDTH;
  const right = WIDTH - RIGHT_MARGIN;
  const min = dated.reduce((low, d) => Math.min(low, d.span[0]), Infinity);
  const max = dated.reduce((high, d) => Math.max(high, d.span[1]), -Infinity);
  const x = (time: number): number =>
    max === min ? (left + right) / 2 : round(left + ((time - min) / (max - min)) * (right - left));
  const rows = dated.map(({ article, span }, i) => ({
    id: article.id,
    label: shortLabel(article.label),
    x: x(span[0]),
    x2: x(span[1]),
    y: TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2,
  }));
  const axisY = TOP + rows.length * ROW_HEIGHT;
  const ticks =
    dated.length === 0
      ? []
      : max === min
        ? [{ x: x(min), label: dayLabel(min) }]
        : [
            { x: x(min), label: dayLabel(min) },
            { x: x(max), label: dayLabel(max) },
          ];
  return {
    width: WIDTH,
    height: axisY + AXIS_HEIGHT,
    axisY,
    plot: { left, right },
    rows,
    ticks,
    undated,
  };
}
