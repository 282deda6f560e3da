/**
 * Quotations taken out of an article: the words an earlier version quoted that its latest text
 * prints neither as they stand (anywhere in it) nor reworded (a quotation sharing most of their
 * words, Dice coefficient at least `COUNTERPART_MIN`, which `quote-versions.ts` marks as changed on
 * the quote's page instead). The analysis reads each article at its latest text, so without this a
 * quotation an outlet printed and then removed would leave no trace but the version comparison.
 * When other articles still print the cut words, the quote they make is named, so its page can
 * list the article that cut them. Pure.
 */
import type { Article } from '../schema/article.ts';
import type { Quote, QuoteMention, WithdrawnQuote } from '../schema/quote.ts';
import type { Corpus } from '../schema/story.ts';
import { type QuoteGroup, QuoteIndex, sameWords, wordRunIndex } from '../quotes/quote-index.ts';
import { COUNTERPART_MIN, similarity } from '../site/align-paragraphs.ts';
import { words } from '../text/words.ts';
import { versionMentions } from './version-mentions.ts';

type Said = QuoteMention & { kind: WithdrawnQuote['kind'] };

/** True for someone's words in the body: speech or a fragment, not a term, not an embed. */
const said = (mention: QuoteMention): mention is Said =>
  mention.embed === null && (mention.kind === 'speech' || mention.kind === 'fragment');

/** True when the latest `text` still prints `quoted`, verbatim or as the counterpart of one of
 * its quotations (`latestWords`). */
function stillPrinted(quoted: string, text: string, latestWords: readonly string[][]): boolean {
  if (text.includes(quoted)) return true;
  const printed = words(quoted);
  return latestWords.some((other) => similarity(printed, other) >= COUNTERPART_MIN);
}

/** The quotations `article`'s earlier versions printed that its latest text (whose quotations
 * are `mentions`) does not, each once with every earlier version printing it, in the order the
 * oldest of them printed them; empty for an article without earlier versions. */
export function withdrawnQuotes(
  article: Pick<Article, 'text' | 'versions'>,
  mentions: readonly QuoteMention[],
): WithdrawnQuote[] {
  const earlier = article.versions?.earlier ?? [];
  if (earlier.length === 0) return [];
  const latestWords = mentions.filter(said).map((m) => words(m.text));
  const found = new Map<string, WithdrawnQuote & { versions: string[] }>();
  for (const version of earlier) {
    for (const m of versionMentions(version).filter(said)) {
      const held = found.get(m.text);
      if (held !== undefined) {
        if (!held.versions.includes(version.sha256)) held.versions.push(version.sha256);
      } else if (!stillPrinted(m.text, article.text, latestWords)) {
        const { text, speaker, speakerType, kind } = m;
        found.set(text, { text, speaker, speakerType, kind, versions: [version.sha256] });
      }
    }
  }
  return [...found.values()];
}

type CutQuoteFinder = (cut: WithdrawnQuote, article: string) => string | undefined;

/** For words `article` cut, the id of the quote the latest texts of other articles print them
 * in: found as a printing finds its quote while grouping (the same words, a run of them, or them
 * with a few changed, never another speaker's) or as the quote's fullest form would have found
 * them (its words, three or more, a run of the cut ones: the cut printing was the fuller, and
 * shorter quotes are only found by their exact words), never one `article` still prints. */
function cutQuoteFinder(quotes: readonly Quote[]): CutQuoteFinder {
  const index = new QuoteIndex<Quote>();
  for (const quote of quotes) {
    const head = words(quote.text);
    if (head.length > 0) index.add(head, quote.speaker, quote);
  }
  return (cut, article) => {
    const printed = words(cut.text);
    const matches = (group: QuoteGroup<Quote>): boolean =>
      (sameWords(group.head, printed) || wordRunIndex(printed, group.head) >= 0) &&
      group.members.every((q) => q.appearances.every((a) => a.article !== article));
    return index.find(printed, cut.speaker, matches)?.members[0]?.id;
  };
}

/** `corpus` with the withdrawn quotations of each of `articles` that has earlier versions in its
 * analysis (`withdrawn`, see {@link withdrawnQuotes}), each naming the quote of `corpus` other
 * articles print its words in, if any; the rest is returned as it is. */
export function markWithdrawnQuotes(corpus: Corpus, articles: readonly Article[]): Corpus {
  const versioned = articles.filter((a) => (a.versions?.earlier.length ?? 0) > 0);
  if (versioned.length === 0) return corpus;
  const byArticle = { ...corpus.byArticle };
  let find: CutQuoteFinder | undefined;
  for (const article of versioned) {
    const analysis = byArticle[article.id];
    if (analysis === undefined) continue;
    const withdrawn = withdrawnQuotes(article, analysis.mentions).map((cut) => {
      find ??= cutQuoteFinder(corpus.quotes);
      const quote = find(cut, article.id);
      return quote === undefined ? cut : { ...cut, quote };
    });
    if (withdrawn.length > 0) byArticle[article.id] = { ...analysis, withdrawn };
  }
  return { ...corpus, byArticle };
}
