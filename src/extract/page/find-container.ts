/**
 * Stage: candidate containers of the article, from the page's own signals, strongest first:
 * schema.org microdata (`itemprop="articleBody"`), the `<article>` element, well-known content
 * class words, and finally the best text-density score. Later stages take the first candidate
 * that holds enough prose; the density winner is always a candidate, so there is always one.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { descendants } from '../../clean/html-dom.ts';
import { classAndId, contains } from './dom-walk.ts';
import { CONTENT_CLASS, NEGATIVE_CLASS } from './page-thresholds.ts';
import type { NodeStats } from './score-nodes.ts';

/** How a candidate was found. */
export type Strategy = 'itemprop' | 'article-element' | 'content-class' | 'density' | 'body';

/** One possible container of the article. */
export interface Candidate {
  readonly strategy: Strategy;
  readonly root: Element;
}

const prose = (stats: ReadonlyMap<Element, NodeStats>, el: Element): number =>
  stats.get(el)?.paragraphChars ?? 0;

/** The deepest element containing all of `elements` (the first one when there is one). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  for (let common: Element | null = first; common;) {
    const box: Element = common;
    if (rest.every((el) => contains(box, el))) return box;
    common = box.parent?.type === 'tag' ? box.parent : null;
  }
  return null;
}

/** Of `elements`, the one holding the most prose; among nested ones holding the same prose, the
 * innermost (the tightest box around the text). */
function mostProse(
  stats: ReadonlyMap<Element, NodeStats>,
  elements: readonly Element[],
): Element | null {
  let best: Element | null = null;
  for (const el of elements) {
    if (best === null || prose(stats, el) > prose(stats, best)) best = el;
    else if (prose(stats, el) === prose(stats, best) && contains(best, el)) best = el;
  }
  return best && prose(stats, best) > 0 ? best : null;
}

/** The element with the highest content score. */
export function densityWinner(stats: ReadonlyMap<Element, NodeStats>): Element | null {
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, s] of stats) {
    if (s.score > bestScore) {
      best = el;
      bestScore = s.score;
    }
  }
  return best;
}

function itempropBody($: CheerioAPI, stats: ReadonlyMap<Element, NodeStats>): Element | null {
  const bodies = $('[itemprop="articleBody"], [itemprop="articlebody"]')
    .toArray()
    .filter((el) => prose(stats, el) > 0);
  return bodies.length > 1 ? commonAncestor(bodies) : (bodies[0] ?? null);
}

function articleElement($: CheerioAPI, stats: ReadonlyMap<Element, NodeStats>): Element | null {
  return mostProse(stats, $('article').toArray());
}

function contentClass(root: Element, stats: ReadonlyMap<Element, NodeStats>): Element | null {
  const matching = descendants(root).filter((el) => {
    const names = classAndId(el);
    return CONTENT_CLASS.test(names) && !NEGATIVE_CLASS.test(names);
  });
  return mostProse(stats, matching);
}

/** Candidate containers in order of trust; never empty when the page has a body. */
export function findContainers($: CheerioAPI, stats: ReadonlyMap<Element, NodeStats>): Candidate[] {
  const body = $('body')[0] ?? $.root().children('html')[0] ?? null;
  const found: [Strategy, Element | null][] = [
    ['itemprop', itempropBody($, stats)],
    ['article-element', articleElement($, stats)],
    ['content-class', body ? contentClass(body, stats) : null],
    ['density', densityWinner(stats)],
    ['body', body],
  ];
  const out: Candidate[] = [];
  for (const [strategy, root] of found) {
    if (root && !out.some((c) => c.root === root)) out.push({ strategy, root });
  }
  return out;
}
