/**
 * Groups quotations across articles: the same words printed by several outlets are one quote,
 * even when one printed only part of them or damaged a word. Candidates come from an index of
 * word-shingle hashes (never all pairs); each candidate is then checked word by word, and every
 * appearance is marked verbatim, truncated, fragment or altered (with its word-level diff).
 */
import { createHash } from 'node:crypto';
import { diffWords } from 'diff';
import type { Article } from '../schema/article.ts';
import type { Appearance, Quote, QuoteMention, Variant, WordChange } from '../schema/quote.ts';
import { words } from '../text/words.ts';
import { type QuoteGroup, QuoteIndex, wordRunIndex } from './quote-index.ts';

/** One article's quotations, as grouping needs them. */
export interface ArticleMentions {
  readonly article: Pick<Article, 'id' | 'published'>;
  readonly mentions: readonly QuoteMention[];
}

/** The quotes, and for each article the quote id of each of its mentions (null for terms). */
export interface GroupedQuotes {
  readonly quotes: Quote[];
  readonly mentionQuotes: ReadonlyMap<string, (string | null)[]>;
}

interface Member {
  readonly article: Pick<Article, 'id' | 'published'>;
  readonly index: number;
  readonly mention: QuoteMention;
  readonly words: string[];
}

type Group = QuoteGroup<Member>;

/** The variant of an appearance against the fullest form, with its diff when altered. */
export function variantOf(
  fullest: { text: string; words: readonly string[] },
  mention: Pick<QuoteMention, 'text' | 'kind'>,
): { variant: Variant; diff?: WordChange[] } {
  const own = words(mention.text);
  const fragment = mention.kind === 'fragment';
  if (own.length === fullest.words.length && own.every((w, i) => w === fullest.words[i])) {
    return { variant: fragment ? 'fragment' : 'verbatim' };
  }
  if (wordRunIndex(fullest.words, own) >= 0) {
    return { variant: fragment ? 'fragment' : 'truncated' };
  }
  const diff = diffWords(fullest.text, mention.text, { ignoreCase: true }).map((c): WordChange => ({
    op: c.added ? 'added' : c.removed ? 'dropped' : 'same',
    text: c.value,
  }));
  return { variant: 'altered', diff };
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Stable id: up to six leading words and a hash of the fullest form's words. */
export function quoteId(fullestWords: readonly string[]): string {
  const slug = fullestWords
    .slice(0, 6)
    .join('-')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const hash = createHash('sha256').update(fullestWords.join(' ')).digest('hex').slice(0, 8);
  return slug ? `${slug}-${hash}` : `q-${hash}`;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

/** The quote a group makes: the fullest form (most words, then most printed, then first by
 * article), one appearance per article (its longest mention), the majority speaker. */
function toQuote(group: Group): Quote {
  const byText = new Map<string, number>();
  for (const m of group.members)
    byText.set(m.words.join(' '), (byText.get(m.words.join(' ')) ?? 0) + 1);
  const fuller = (x: Member, y: Member): number =>
    y.words.length - x.words.length ||
    (byText.get(y.words.join(' ')) ?? 0) - (byText.get(x.words.join(' ')) ?? 0) ||
    cmp(x.article.id, y.article.id) ||
    x.index - y.index;
  // A group is never empty: it is made with its first member.
  const fullest = group.members.reduce((best, m) => (fuller(m, best) < 0 ? m : best));
  const best = new Map<string, Member>();
  for (const m of group.members) {
    const held = best.get(m.article.id);
    if (!held || m.words.length > held.words.length) best.set(m.article.id, m);
  }
  const appearances: Appearance[] = [...best.values()]
    .sort((x, y) => cmp(x.article.id, y.article.id))
    .map((m) => ({
      article: m.article.id,
      text: m.mention.text,
      start: m.mention.start,
      end: m.mention.end,
      embed: m.mention.embed,
      utterance: m.mention.utterance,
      ...variantOf({ text: fullest.mention.text, words: fullest.words }, m.mention),
    }));
  const dated = [...best.values()]
    .filter((m) => m.article.published)
    .sort(
      (x, y) =>
        cmp(x.article.published ?? '', y.article.published ?? '') ||
        cmp(x.article.id, y.article.id),
    );
  const speaker = mostCommon(
    group.members.flatMap((m) => (m.mention.speaker ? [m.mention.speaker] : [])),
  );
  const kinds = new Set(group.members.map((m) => m.mention.kind));
  return {
    id: quoteId(fullest.words),
    text: fullest.mention.text,
    speaker,
    speakerType:
      group.members.find((m) => m.mention.speaker === speaker)?.mention.speakerType ?? null,
    kind:
      kinds.size !== 1
        ? 'speech'
        : kinds.has('embed')
          ? 'embed'
          : kinds.has('fragment')
            ? 'fragment'
            : 'speech',
    appearances,
    earliest: dated[0]?.article.id ?? null,
  };
}

/** `quotes` (in group order) with every id unique: quotes whose fullest forms have the same words
 * but different speakers are different quotes; the first keeps the id, the next get `-2`, `-3`...
 * in that order, which is deterministic (groups are made in a fixed order). */
function uniqueIds(quotes: readonly Quote[]): Quote[] {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const n = (seen.get(q.id) ?? 0) + 1;
    seen.set(q.id, n);
    return n === 1 ? q : { ...q, id: `${q.id}-${n}` };
  });
}

/** Groups the speech and embed mentions of `articles` into quotes, sorted by id. Terms are left
 * out. Deterministic whatever the input order. */
export function groupQuotes(articles: readonly ArticleMentions[]): GroupedQuotes {
  const members: Member[] = articles.flatMap((a) =>
    a.mentions.flatMap((mention, index) =>
      mention.kind === 'term'
        ? []
        : [{ article: a.article, index, mention, words: words(mention.text) }],
    ),
  );
  members.sort(
    (x, y) =>
      y.words.length - x.words.length || cmp(x.article.id, y.article.id) || x.index - y.index,
  );
  const index = new QuoteIndex<Member>();
  for (const member of members) {
    if (member.words.length === 0) continue;
    const group = index.find(member.words, member.mention.speaker);
    if (group) group.members.push(member);
    else index.add(member.words, member.mention.speaker, member);
  }
  const quotes = uniqueIds(index.groups.map(toQuote));
  const mentionQuotes = new Map<string, (string | null)[]>(
    articles.map((a) => [a.article.id, a.mentions.map(() => null)]),
  );
  quotes.forEach((quote, g) => {
    for (const m of index.groups[g]?.members ?? []) {
      const list = mentionQuotes.get(m.article.id);
      if (list) list[m.index] = quote.id;
    }
  });
  return { quotes: quotes.sort((x, y) => cmp(x.id, y.id)), mentionQuotes };
}
