/**
 * The quotations of an earlier version's text, extracted once per version however many of the
 * latest text's quotations are compared with it (`quote-versions.ts`) or whether its own are
 * looked for in the latest (`withdrawn-quotes.ts`). Pure but for the cache, which holds only what
 * `extractQuotes` gives for the same text.
 */
import { extractQuotes } from '../quotes/extract-quotes.ts';
import type { Version } from '../schema/article.ts';
import type { QuoteMention } from '../schema/quote.ts';

const cache = new WeakMap<Version, readonly QuoteMention[]>();

/** The quotations `version`'s text prints, as `extractQuotes` finds them in a body. */
export function versionMentions(version: Version): readonly QuoteMention[] {
  let mentions = cache.get(version);
  if (mentions === undefined) {
    mentions = extractQuotes({ text: version.text, embeds: [] });
    cache.set(version, mentions);
  }
  return mentions;
}
