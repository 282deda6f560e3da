/**
 * Quotations: what one article prints (a mention) and the same words grouped across articles (a
 * quote). The analysis validates every quote it returns with these; pages and the JSON export read
 * them. Types are inferred from the schemas and never written twice.
 */
import { z } from 'zod';

/** `speech`: someone's words, quoted as a statement of their own; `fragment`: someone's words
 * quoted inside the writer's own sentence (he said he was “in regular communication”); `term`: a
 * quoted word, title, nickname or scare quote, nobody's speech; `embed`: the text of an embedded
 * social post, attributed to its author. */
export const QuoteKind = z.enum(['speech', 'fragment', 'term', 'embed']);
export type QuoteKind = z.infer<typeof QuoteKind>;

/** Who a speaker is: a named person, or an organisation or institution (an unnamed spokesperson
 * speaks for the organisation). */
export const SpeakerType = z.enum(['person', 'organisation']);
export type SpeakerType = z.infer<typeof SpeakerType>;

/** The utterance a quotation is part of, when one statement is printed in parts split by its
 * attribution (“A,” he said. “B.”): an id shared by the parts within the article, and this part's
 * place among them (1 for the first). */
export const UtterancePart = z.object({
  id: z.string().regex(/^u\d+$/),
  part: z.number().int().positive(),
});
export type UtterancePart = z.infer<typeof UtterancePart>;

/** One stretch of printed quotation between a pair of quote marks, marks excluded. */
export const QuoteSegment = z.object({
  /** Offset of the first character inside the marks (in `text`, or in the embed's text). */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character inside the marks. */
  end: z.number().int().nonnegative(),
});
export type QuoteSegment = z.infer<typeof QuoteSegment>;

/** One quotation as one article prints it: one contiguous span between quotation marks. */
export const QuoteMention = z.object({
  /** The quoted words exactly as printed: the characters from `start` to `end`, nothing added and
   * nothing joined (a quotation running over paragraphs keeps its paragraph breaks and the marks
   * that reopen it). */
  text: z.string().min(1),
  /** Offset of the first character inside the opening mark, in the body `text` (or the embed's). */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character before the closing mark. */
  end: z.number().int().nonnegative(),
  /** Who the article says spoke: a person's full name or an organisation's name; null when it
   * does not say (always null for a term). */
  speaker: z.string().min(1).nullable(),
  /** Whether the speaker is a person or an organisation; null exactly when `speaker` is. */
  speakerType: SpeakerType.nullable(),
  /** What sort of quotation this is. */
  kind: QuoteKind,
  /** The utterance it is a part of, or null when it stands alone. */
  utterance: UtterancePart.nullable(),
  /** Index of the paragraph (blank-line separated) the quotation starts in; null for an embed. */
  paragraph: z.number().int().nonnegative().nullable(),
  /** Index of the embedded post in `embeds`; null for a quotation in the body. */
  embed: z.number().int().nonnegative().nullable(),
  /** Where each printed segment is: offsets into the body `text` (or the embed's text). */
  segments: z.array(QuoteSegment).min(1),
});
export type QuoteMention = z.infer<typeof QuoteMention>;

/** How an appearance relates to the quote's fullest known form. */
export const Variant = z.enum(['verbatim', 'truncated', 'altered', 'fragment']);
export type Variant = z.infer<typeof Variant>;

/** One word-level difference between the fullest form and an appearance. */
export const WordChange = z.object({
  /** `same`: words both print; `added`: only this appearance prints them; `dropped`: only the
   * fullest form prints them. A changed word is a `dropped` followed by an `added`. */
  op: z.enum(['same', 'added', 'dropped']),
  /** The words, as printed by whichever side prints them. */
  text: z.string(),
});
export type WordChange = z.infer<typeof WordChange>;

/** How an earlier version of the article printed the words of an appearance, when not as they
 * stand: `changed`, a quotation of mostly the same words worded otherwise; `absent`, no such
 * quotation. */
export const VersionChange = z.object({
  /** The SHA-256 of the earlier version's text (its `sha256` in the article's `versions`). */
  version: z.string().regex(/^[0-9a-f]{64}$/),
  change: z.enum(['changed', 'absent']),
  /** The words as that version printed them, when `changed`; null when `absent`. */
  was: z.string().min(1).nullable(),
});
export type VersionChange = z.infer<typeof VersionChange>;

/** Words an earlier version of an article quoted that its latest text prints neither as they stand
 * nor reworded (no quotation sharing most of their words): a quotation taken out of the article. */
export const WithdrawnQuote = z.object({
  /** The quoted words exactly as the earlier version printed them. */
  text: z.string().min(1),
  /** Who that version says spoke, or null when it does not say. */
  speaker: z.string().min(1).nullable(),
  /** Whether the speaker is a person or an organisation; null exactly when `speaker` is. */
  speakerType: SpeakerType.nullable(),
  /** `speech` or `fragment`: terms are nobody's words and never listed. */
  kind: z.enum(['speech', 'fragment']),
  /** The SHA-256 of each earlier version that printed them (their `sha256` in the article's
   * `versions`), oldest first. */
  versions: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1),
  /** The id of the quote whose words these are, when other articles' latest texts print them
   * (found by the rule printings are grouped by, `src/quotes/quote-index.ts`): its page then lists
   * this article as having printed them and cut them. Absent when no other article prints them,
   * and never a quote this article still prints (its appearance there marks the change). */
  quote: z.string().min(1).optional(),
});
export type WithdrawnQuote = z.infer<typeof WithdrawnQuote>;

/** One article printing a quote. */
export const Appearance = z.object({
  /** Id of the article that printed it. */
  article: z.string().min(1),
  /** The words exactly as that article printed them. */
  text: z.string().min(1),
  /** Where they are in that article's body (or embedded post): offsets of the first character
   * inside the marks and just past the last. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Index of the embedded post they are the text of, or null for the body. */
  embed: z.number().int().nonnegative().nullable(),
  /** The utterance they are part of in that article, or null. */
  utterance: UtterancePart.nullable(),
  /** How they relate to the fullest form. */
  variant: Variant,
  /** Word-level differences from the fullest form; present only when the variant is `altered`. */
  diff: z.array(WordChange).optional(),
  /** The earlier versions of the article that do not print these words as they stand, oldest
   * first; present only when there is one (see `src/versions/quote-versions.ts`). */
  versions: z.array(VersionChange).optional(),
});
export type Appearance = z.infer<typeof Appearance>;

/** The same words printed by one or more articles, grouped whichever outlet printed them. */
export const Quote = z.object({
  /** Stable slug: the first words plus a hash of the fullest form, so the same input always gives
   * the same id. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The fullest form any article printed. */
  text: z.string().min(1),
  /** Who said it: the speaker most appearances name, or null when no article says. */
  speaker: z.string().min(1).nullable(),
  /** Whether the speaker is a person or an organisation; null when the speaker is. */
  speakerType: SpeakerType.nullable(),
  /** `speech`, `fragment` (only fragments were printed) or `embed`; terms are never grouped. */
  kind: z.enum(['speech', 'fragment', 'embed']),
  /** Every article that printed it, one entry per article, sorted by article id. */
  appearances: z.array(Appearance).min(1),
  /** Id of the article with the earliest known publication date, or null when none is dated. */
  earliest: z.string().min(1).nullable(),
});
export type Quote = z.infer<typeof Quote>;
