/**
 * Main-text extraction from a whole saved web page, as its list of named stages:
 *
 *   1. parse       HTML -> DOM (htmlparser2), with a nesting-depth limit
 *   2. metadata    title, byline, dates, outlet, canonical URL, tags (page-metadata.ts)
 *   3. strip       scripts, hidden parts, menus out of the page (prune-page.ts)
 *   4. score       text and link density of every element (score-nodes.ts)
 *   5. containers  candidates from the page's signals, strongest first (find-container.ts)
 *   6. widen       a candidate that is one of a series of posts becomes the series
 *                  (find-peers.ts); else it takes in the sibling boxes that continue its text
 *                  (join-siblings.ts)
 *   7. prune       page furniture inside a candidate (prune-page.ts, clean/html-rules.ts), and
 *                  the lead standing just before it joins the text (find-lead.ts)
 *   8. blocks      the shared HTML cleaner: the rest of the table, then blocks (clean/html-fragment.ts)
 *   9. fallback    the first candidate whose result looks right (fallbacks.ts)
 *
 * A page that cannot be read (nested too deep) is an InputError; nothing depends on a clock.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import { type AnyNode, type Element, Text } from 'domhandler';
import { blocksToText } from '../../clean/blocks.ts';
import { type CleanedHtml, cleanHtmlSelection } from '../../clean/html-fragment.ts';
import type { CleanResult } from '../../clean/clean-result.ts';
import { assertNesting } from '../../ingest/html-nesting.ts';
import type { Removal } from '../../schema/article.ts';
import { isElement, textOf } from '../../clean/html-dom.ts';
import { contains } from './dom-walk.ts';
import { bestAttempt, containerProblem, resultProblem, type Attempt } from './fallbacks.ts';
import { leadBefore } from './find-lead.ts';
import { widenContainer } from './join-siblings.ts';
import { peerSeries } from './find-peers.ts';
import { densityWinner, findContainers } from './find-container.ts';
import { articleObject, ldObjects, ldString } from './json-ld.ts';
import { readPageMetadata } from './page-metadata.ts';
import { pruneContainer, stripPage } from './prune-page.ts';
import { scoreNodes, type NodeStats } from './score-nodes.ts';

/** Name used in errors when the caller does not say which file the page came from. */
const UNNAMED = 'HTML page';

function parse(html: string, file: string): CheerioAPI {
  assertNesting(file, html);
  const $ = load(html);
  if ($('body').length === 0) $.root().append($('<body></body>').append($.root().contents()));
  return $;
}

/** What lies around the container on the page, as `page-chrome` removals in document order;
 * the lead taken into the text is left out of the sibling that holds it. */
function chrome(root: Element, lead: Element | null): { before: Removal[]; after: Removal[] } {
  const leadText = lead ? textOf(lead) : '';
  const outside = (s: AnyNode): string =>
    lead && isElement(s) && contains(s, lead)
      ? textOf(s).replace(leadText, ' ').replace(/\s+/g, ' ').trim()
      : textOf(s);
  const levelsBefore: Removal[][] = [];
  const after: Removal[] = [];
  for (let node: Element = root; node.parent && node.parent.type === 'tag'; node = node.parent) {
    const siblings = node.parent.children;
    const at = siblings.indexOf(node);
    const texts = (from: number, to: number): Removal[] =>
      siblings
        .slice(from, to)
        .map((s): Removal => ({ rule: 'page-chrome', text: outside(s) }))
        .filter((r) => r.text !== '');
    levelsBefore.push(texts(0, at));
    for (const removal of texts(at + 1, siblings.length)) after.push(removal);
  }
  return { before: levelsBefore.reverse().flat(), after };
}

interface Extraction extends CleanedHtml {
  readonly root: Element;
  readonly lead: Element | null;
}

/** Runs `task` with `nodes` taken out of the page, then puts them back where they were, so the
 * shared HTML cleaner sees the container without page-level boilerplate and the page stays whole
 * for the next candidate. */
function withDetached<T>($: CheerioAPI, nodes: ReadonlySet<AnyNode>, task: () => T): T {
  const placeholders = [...nodes].map((node) => {
    const placeholder = new Text('');
    $(node).replaceWith(placeholder);
    return [placeholder, node] as const;
  });
  try {
    return task();
  } finally {
    for (const [placeholder, node] of placeholders) $(placeholder).replaceWith(node);
  }
}

/** The text of `container`: the series of posts it is one of (find-peers.ts), or the container
 * widened over its sibling boxes (join-siblings.ts); with the lead
 * standing before it; the siblings that did not join are left out and recorded as page chrome. */
function extract($: CheerioAPI, container: Element, stats: Map<Element, NodeStats>): Extraction {
  const { root, left } = peerSeries(container, stats) ?? widenContainer(container, stats);
  // The lead before the widened text; failing that, one before the container in a sibling that
  // did not join (one in a sibling that joined is in its place already).
  const inner = root === container ? null : leadBefore(container, stats);
  const lead =
    leadBefore(root, stats) ?? (inner && left.some((s) => contains(s, inner)) ? inner : null);
  const pruned = pruneContainer(root, stats);
  const dropped = new Set<AnyNode>([...pruned.dropped, ...left]);
  const roots = lead ? [lead, root] : [root];
  const cleaned = withDetached($, dropped, () => cleanHtmlSelection($(roots)));
  const leftOut = left.map((el) => ({ rule: 'page-chrome' as const, text: textOf(el) }));
  return {
    ...cleaned,
    root,
    lead,
    removed: [...leftOut.filter((r) => r.text !== ''), ...pruned.removed, ...cleaned.removed],
  };
}

/** The article in a whole HTML page: body blocks, removals, images and the page's metadata.
 * Throws only an `InputError` (a page nested too deep). No clock bounds it: every stage runs
 * in time linear in the page (`src/pipeline/linear-time.test.ts`) and the input's size and
 * nesting are bounded (`src/ingest/input-limits.ts`), so the same page gives the same result
 * however busy the machine is, and a rebuild gives the bytes a cold build gives. */
export function cleanHtmlPage(html: string, file: string = UNNAMED): CleanResult {
  const $ = parse(html, file);
  const ld = articleObject(ldObjects($));
  const meta = readPageMetadata($, ld);
  const ldBody = ldString(ld, 'articleBody');
  const stripped = stripPage($);
  const stats = scoreNodes($.root().toArray());
  const winner = densityWinner(stats);
  const bestProse = winner ? (stats.get(winner)?.paragraphChars ?? 0) : 0;
  const attempts: Attempt<Extraction>[] = [];
  for (const candidate of findContainers($, stats)) {
    const problem = containerProblem(candidate.root, stats, bestProse);
    if (problem !== null && candidate.strategy !== 'body') continue;
    const extraction = extract($, candidate.root, stats);
    const text = blocksToText(extraction.blocks);
    const attempt = { value: extraction, text, problem: problem ?? resultProblem(text, ldBody) };
    attempts.push(attempt);
    if (attempt.problem === null) break;
  }
  const chosen = bestAttempt(attempts)?.value;
  if (!chosen)
    return { blocks: [], removed: stripped, summary: null, credit: null, images: [], meta };
  const around = chrome(chosen.root, chosen.lead);
  return {
    blocks: chosen.blocks,
    removed: [...stripped, ...around.before, ...chosen.removed, ...around.after],
    summary: chosen.summary,
    credit: chosen.credit,
    images: chosen.images,
    meta,
  };
}
