/**
 * The HTML cleaner: an article's HTML (a WordPress post's `content.rendered`, or the container a
 * page extractor chose) to the body's blocks, with every removal recorded in document order, the
 * editor's summary, the original publisher's credit and the images. Markup is parsed by cheerio
 * (parse5), which decodes entities; the walk itself never recurses.
 */
import { type Cheerio, load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import type { Image, Removal } from '../schema/article.ts';
import type { Block } from './blocks.ts';
import { type CleanResult, EMPTY_META } from './clean-result.ts';
import { applyParagraphRules } from './html-notices.ts';
import { type Item, walkToBlocks } from './html-to-blocks.ts';
import { noticeMeta } from './notice-meta.ts';

/** The body-related part of a {@link CleanResult}: what an HTML container cleans to. */
export interface CleanedHtml {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
  readonly summary: string | null;
  readonly credit: string | null;
  readonly images: readonly Image[];
}

/** Drops a textless removal that directly follows one of the same rule (a run of scripts, of
 * processing instructions): each would say only "the same rule again". */
function coalesce(items: readonly Item[]): Item[] {
  return items.filter((item, n) => {
    const last = items[n - 1];
    return !(
      item.kind === 'removal' &&
      last?.kind === 'removal' &&
      item.removal.text === '' &&
      last.removal.text === '' &&
      item.removal.rule === last.removal.rule
    );
  });
}

function uniqueImages(images: readonly Image[]): Image[] {
  const seen = new Set<string>();
  return images.filter((image) => {
    const key = image.url ?? `alt:${image.caption ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cleanNodes(roots: readonly AnyNode[], isRoot: boolean): CleanedHtml {
  const walked = walkToBlocks(roots, isRoot);
  const ruled = applyParagraphRules(walked.items, walked.credit);
  const items = coalesce(ruled.items);
  const { summary, credit } = ruled;
  return {
    blocks: items.flatMap((i) => (i.kind === 'block' ? [i.block] : [])),
    removed: items.flatMap((i) => (i.kind === 'removal' ? [i.removal] : [])),
    summary,
    credit,
    images: uniqueImages(walked.images),
  };
}

/** Prunes and converts the selected elements (the article container a page extractor found, or
 * several); the selected elements themselves are never removed by class-name rules. The DOM is
 * left untouched. Never throws on any markup cheerio parsed. */
export function cleanHtmlSelection(selection: Cheerio<AnyNode>): CleanedHtml {
  return cleanNodes(selection.toArray(), true);
}

/** Cleans an HTML fragment. A fragment states no metadata of its own beyond a copyright line or a
 * homepage footer in its text; the caller fills what its container states. Never throws on any
 * string. */
export function cleanHtmlFragment(html: string): CleanResult {
  const $ = load(html, null, false);
  const cleaned = cleanNodes($.root().toArray(), false);
  return { ...cleaned, meta: { ...EMPTY_META, ...noticeMeta(cleaned.removed) } };
}
