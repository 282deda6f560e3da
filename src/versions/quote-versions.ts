/**
 * Quotes across an article's versions. The analysis reads each article once, at its latest text;
 * this marks, on each appearance of a quote in the body of an article with earlier versions, the
 * versions that did not print those words as they stand: `changed` when the version prints a
 * quotation sharing most of their words (Dice coefficient at least `COUNTERPART_MIN`, the rule
 * the comparison pairs paragraphs by), with its words; `absent` when it prints none. Pure.
 */
import type { Article, Version } from '../schema/article.ts';
import type { Appearance, Quote, VersionChange } from '../schema/quote.ts';
import { COUNTERPART_MIN, similarity } from '../site/align-paragraphs.ts';
import { words } from '../text/words.ts';
import { versionMentions } from './version-mentions.ts';

/** How `version` printed the words `text`, or null when it printed them as they stand. */
function changeIn(
  version: Version,
  printed: readonly string[],
  text: string,
): VersionChange | null {
  const mentions = versionMentions(version);
  if (mentions.some((m) => m.text === text)) return null;
  let best: { text: string; score: number } | null = null;
  for (const m of mentions) {
    const score = similarity(printed, words(m.text));
    if (score >= COUNTERPART_MIN && (best === null || score > best.score)) {
      best = { text: m.text, score };
    }
  }
  return best === null
    ? { version: version.sha256, change: 'absent', was: null }
    : { version: version.sha256, change: 'changed', was: best.text };
}

function markAppearance(appearance: Appearance, article: Article | undefined): Appearance {
  const earlier = article?.versions?.earlier ?? [];
  if (earlier.length === 0 || appearance.embed !== null) return appearance;
  const printed = words(appearance.text);
  const changes = earlier.flatMap((v) => changeIn(v, printed, appearance.text) ?? []);
  return changes.length === 0 ? appearance : { ...appearance, versions: changes };
}

/** `quotes` with each body appearance in an article of `articles` that has earlier versions
 * marked with the versions that printed its words otherwise or not at all; quotes whose
 * articles have no earlier version are returned as they are. */
export function markQuoteVersions(quotes: readonly Quote[], articles: readonly Article[]): Quote[] {
  const versioned = new Map(
    articles.filter((a) => (a.versions?.earlier.length ?? 0) > 0).map((a) => [a.id, a] as const),
  );
  if (versioned.size === 0) return [...quotes];
  return quotes.map((quote) =>
    quote.appearances.some((a) => versioned.has(a.article))
      ? {
          ...quote,
          appearances: quote.appearances.map((a) => markAppearance(a, versioned.get(a.article))),
        }
      : quote,
  );
}
