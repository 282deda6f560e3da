/**
 * Every quotation one article prints, with its kind and speaker: one mention per span between
 * quotation marks, exactly as printed (a quotation split by its attribution is two mentions linked
 * as one utterance; one running over paragraphs is one mention), and the text of each embedded
 * social post, attributed to its author.
 */
import type { Article } from '../schema/article.ts';
import type { QuoteKind, QuoteMention, QuoteSegment, UtterancePart } from '../schema/quote.ts';
import { attributeSpeakers, type Attribution, type Quotation } from './attribute-speaker.ts';
import { attributionAfter } from './attribution-clause.ts';
import { echoedSpeakers } from './echoed-quotes.ts';
import { PRONOUNS, SPEECH_VERBS } from '../text/name-words.ts';
import { endsWithAbbreviation, lastSentence } from '../text/sentences.ts';
import { isTitleCase } from '../text/words.ts';
import { findQuoteSpans, paragraphRanges, type QuoteSpan } from './find-quote-spans.ts';
import { endsStatement, isQuotative } from './korean-attribution.ts';
import {
  FRAGMENT_MAX_WORDS,
  NAMING_CUES,
  SENTENCE_WINDOW,
  SPLIT_ATTRIBUTION_MAX_WORDS,
  TERM_CUES,
  TERM_MAX_WORDS,
} from './quote-rules.ts';

/** True when the text between two quotations is only an attribution ("Johnson said."), so the
 * two are one person's words printed in two parts. */
export function isSplitAttribution(gap: string, previousEnded = false): boolean {
  // "“…” Smith agreed: “…”": a colon introduces a quotation of its own, attributed before it; so
  // does a comma after a quotation that ended its sentence (“…membinasakan.” Aslam berkata, “…”).
  if (gap.trim().endsWith(':') || (previousEnded && gap.trim().endsWith(','))) return false;
  const body = gap.trim().replace(/[.,;:]$/, '');
  const list = body.split(/\s+/).filter(Boolean);
  if (list.length === 0 || list.length > SPLIT_ATTRIBUTION_MAX_WORDS) return false;
  if (!list.some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
  for (const m of body.matchAll(/[.!?]\s+/g)) {
    if (!endsWithAbbreviation(body.slice(0, m.index))) return false;
  }
  return !/[“”"‘]/u.test(body);
}

/** A printed quotation and the utterance it belongs to: the index of the utterance's first part
 * among the spans, and this span's place in it. */
interface Placed {
  readonly span: QuoteSpan;
  readonly first: number;
  readonly part: number;
}

/** True when the span's words end a sentence inside its closing mark (“… home.”). */
const endsInside = (text: string, span: QuoteSpan): boolean =>
  /[.!?]/u.test(text[(span.segments.at(-1)?.end ?? 0) - 1] ?? '');

/** True when an attribution naming someone other than by a pronoun follows the span (“…,” said
 * Tav Stone), so it starts an utterance of its own (“…,” she added continues one). */
function namesItsOwnSpeaker(text: string, span: QuoteSpan): boolean {
  const own = attributionAfter(text, span.close, endsInside(text, span));
  const first = own?.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return own !== null && !PRONOUNS.has(first);
}

/** Each span with its utterance: a span continues the one before when only an attribution stands
 * between them in one paragraph (“A,” he said. “B.”), unless an attribution naming its own
 * speaker follows it (“A,” said Ann Lee. “B,” said Tav Stone.: two speakers). Nothing is joined:
 * each stays its own quotation. */
function placeInUtterances(text: string, spans: readonly QuoteSpan[]): Placed[] {
  const placed: Placed[] = [];
  spans.forEach((span, i) => {
    const last = placed[i - 1];
    const gap = last ? text.slice(last.span.close, span.open) : '';
    const continues =
      last !== undefined &&
      !gap.includes('\n') &&
      isSplitAttribution(gap, endsInside(text, last.span)) &&
      !namesItsOwnSpeaker(text, span);
    placed.push(
      continues && last
        ? { span, first: last.first, part: last.part + 1 }
        : { span, first: i, part: 1 },
    );
  });
  return placed;
}

/** The utterance of each placed span (null for a span that stands alone), numbered u1, u2… in
 * the order the utterances start. */
function utterances(placed: readonly Placed[]): (UtterancePart | null)[] {
  const size = new Map<number, number>();
  for (const p of placed) size.set(p.first, Math.max(size.get(p.first) ?? 0, p.part));
  const ids = new Map<number, string>();
  for (const [first, parts] of size) if (parts > 1) ids.set(first, `u${ids.size + 1}`);
  return placed.map((p) => {
    const id = ids.get(p.first);
    return id === undefined ? null : { id, part: p.part };
  });
}

/** `text` with every segment's characters replaced by `x` (same length), so the writer's own
 * sentences can be read around quotations without their words or punctuation; only a full stop,
 * question or exclamation mark ending a segment stays, as it ends the writer's sentence too. */
export function maskQuotations(text: string, segments: readonly QuoteSegment[]): string {
  let masked = '';
  let at = 0;
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    // A full stop ending the quotation is kept: it ends the writer's sentence too (“… home.” Next).
    const stop = /[.!?]/u.test(text[s.end - 1] ?? '') ? 1 : 0;
    masked +=
      text.slice(at, s.start) +
      'x'.repeat(s.end - s.start - stop) +
      text.slice(s.end - stop, s.end);
    at = s.end;
  }
  return masked + text.slice(at);
}

/** The kind of a body quotation, read from the sentence around it. */
function classify(text: string, quote: string, span: QuoteSpan, paragraphStart: number): QuoteKind {
  const { open, close } = span;
  const sentence = lastSentence(text.slice(Math.max(paragraphStart, open - SENTENCE_WINDOW), open));
  const count = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const introduced = sentence.trim() === '' || /[,:]\s*$/.test(sentence);
  const fragment = !(introduced && /^[\p{Lu}\p{N}.…]/u.test(quote)) && count <= FRAGMENT_MAX_WORDS;
  // ‘…’이라고 했다: a quotative particle makes the words reported speech, however few.
  if (isQuotative(text, close)) return fragment && !endsStatement(quote) ? 'fragment' : 'speech';
  if (TERM_CUES.some((cue) => cue.test(sentence))) return 'term';
  if (!fragment) return 'speech';
  // "— “I now do recall,” he said": a comma closing the words hands them to an attribution.
  if (/,$/u.test(quote) && attributionAfter(text, close, false) !== null)
    return /^[\p{Lu}\p{N}]/u.test(quote) ? 'speech' : 'fragment';
  const titleCase = isTitleCase(quote);
  // "called for an end to “…”" asks for something; it neither names nor quotes.
  const asked = sentence.replace(/\bcall(?:ed|s|ing)?\s+(?:for|on|off|out|up)\b/giu, ' ');
  const spoken = asked.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
  // A title ("Takin’ It to the Streets") names a work, however long, unless someone says it.
  if (count > TERM_MAX_WORDS && !(titleCase && !spoken)) return 'fragment';
  // "a trip for a “quick exam and labs”, according to the White House": a source's words.
  const sourced = /\baccording to\b/iu.test(asked);
  return (spoken || sourced) && !titleCase ? 'fragment' : 'term';
}

/** The quotations of `article`'s body, then of its embeds, one per span between quotation marks.
 * Every quotation's `text` is exactly `text.slice(start, end)`; the parts of an utterance share
 * its speaker; a term never has a speaker; an embed's speaker is its author (or handle). */
export function extractQuotes(article: Pick<Article, 'text' | 'embeds'>): QuoteMention[] {
  const { text } = article;
  const paragraphs = paragraphRanges(text);
  const placed = placeInUtterances(text, findQuoteSpans(text));
  const masked = maskQuotations(
    text,
    placed.flatMap((p) => p.span.segments),
  );
  const parts = utterances(placed);
  const kinds = placed.map(({ span, first, part }): QuoteKind => {
    if (part > 1 || (parts[first] ?? null) !== null) return 'speech';
    const [paragraphStart] = paragraphs[span.paragraph] ?? [0];
    return classify(masked, spanText(text, span), span, paragraphStart);
  });
  const attributed = attributeUtterances(text, masked, placed, kinds, paragraphs);
  const echoed = echoedSpeakers(
    placed.map(({ span }, i) => ({
      text: spanText(text, span),
      kind: kinds[i] ?? 'term',
      attribution: attributed[i] ?? null,
    })),
  );
  const body = placed.map(({ span }, i): QuoteMention => {
    const start = span.segments[0]?.start ?? span.open + 1;
    const end = span.segments.at(-1)?.end ?? span.close - 1;
    const echo = echoed[i] ?? null;
    const own = kinds[i] === 'term' ? null : (attributed[i]?.speaker ?? null);
    const speaker = echo ?? own;
    // A term repeating words someone is quoted saying elsewhere in the article is theirs.
    const printedKind = echo && kinds[i] === 'term' ? 'fragment' : (kinds[i] ?? 'term');
    const kind = speaker === null && named(masked, span.open) ? 'term' : printedKind;
    return {
      text: text.slice(start, end),
      start,
      end,
      speaker: speaker?.name ?? null,
      speakerType: speaker?.type ?? null,
      kind,
      utterance: parts[i] ?? null,
      paragraph: span.paragraph,
      embed: null,
      segments: span.segments,
    };
  });
  return [...body, ...embedQuotations(article.embeds)];
}

/** True when the words just before `open` name the quotation ("has been called “…”"): with no
 * speaker, it is a term. */
function named(masked: string, open: number): boolean {
  const head = lastSentence(masked.slice(Math.max(0, open - SENTENCE_WINDOW), open));
  return NAMING_CUES.some((cue) => cue.test(head));
}

/** The printed text of a span, from its first segment to its last. */
function spanText(text: string, span: QuoteSpan): string {
  return text.slice(span.segments[0]?.start ?? 0, span.segments.at(-1)?.end ?? 0);
}

/** The speaker of each placed span: one attribution per utterance, read around all its parts. */
function attributeUtterances(
  text: string,
  masked: string,
  placed: readonly Placed[],
  kinds: readonly QuoteKind[],
  paragraphs: readonly [number, number][],
): (Attribution | null)[] {
  const members = new Map<number, Placed[]>();
  placed.forEach((p, i) => {
    if (kinds[i] === 'term') return;
    const list = members.get(p.first) ?? [];
    list.push(p);
    members.set(p.first, list);
  });
  const heads = [...members.keys()];
  const quotations: Quotation[] = heads.map((first) => {
    const parts = members.get(first) ?? [];
    const head = parts[0]?.span ?? { open: 0, close: 0, paragraph: 0, segments: [] };
    return {
      open: head.open,
      close: parts.at(-1)?.span.close ?? head.close,
      gaps: parts.slice(1).map((m, k) => [parts[k]?.span.close ?? 0, m.span.open] as const),
      paragraphStart: paragraphs[head.paragraph]?.[0] ?? 0,
      previousParagraph: paragraphs[head.paragraph - 1] ?? null,
      fragment: parts.length === 1 && kinds[first] === 'fragment',
      ended: parts.map((m) => /[.!?]/u.test(text[(m.span.segments.at(-1)?.end ?? 0) - 1] ?? '')),
    };
  });
  const found = attributeSpeakers(masked, quotations, text);
  const byHead = new Map(heads.map((first, k) => [first, found[k] ?? null]));
  return placed.map((p) => byHead.get(p.first) ?? null);
}

/** The text of each embedded post as a quotation by its author. */
function embedQuotations(embeds: Article['embeds']): QuoteMention[] {
  return embeds.flatMap((embed, index): QuoteMention[] => {
    const start = embed.text.search(/\S/);
    if (start < 0) return [];
    const end = embed.text.trimEnd().length;
    const speaker = embed.author ?? embed.handle ?? null;
    return [
      {
        text: embed.text.slice(start, end),
        start,
        end,
        speaker,
        speakerType: speaker === null ? null : 'person',
        kind: 'embed',
        utterance: null,
        paragraph: null,
        embed: index,
        segments: [{ start, end }],
      },
    ];
  });
}
