/**
 * Every quotation one article prints, with its kind and speaker: body quotations (a quotation
 * split by an attribution is one mention; one running over paragraphs is one mention), and the
 * text of each embedded social post, attributed to its author.
 */
import type { Article } from '../schema/article.ts';
import type { QuoteMention, QuoteSegment } from '../schema/quote.ts';
import { attributeSpeakers, type Quotation } from './attribute-speaker.ts';
import { findQuoteSpans, paragraphRanges, type QuoteSpan } from './find-quote-spans.ts';
import {
  FRAGMENT_MAX_WORDS,
  SENTENCE_WINDOW,
  SPEECH_VERBS,
  SPLIT_ATTRIBUTION_MAX_WORDS,
  TERM_CUES,
  TERM_MAX_WORDS,
} from './quote-rules.ts';

/** A quotation after split parts are joined: its segments and the gaps holding attributions. */
interface Joined extends QuoteSpan {
  readonly gaps: [number, number][];
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|[A-Z])\.$/;

/** True when the text between two quotations is only an attribution ("Johnson said."), so the
 * two are one person's words printed in two parts. */
export function isSplitAttribution(gap: string): boolean {
  const body = gap.trim().replace(/[.,;:]$/, '');
  const list = body.split(/\s+/).filter(Boolean);
  if (list.length === 0 || list.length > SPLIT_ATTRIBUTION_MAX_WORDS) return false;
  if (!list.some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
  for (const m of body.matchAll(/[.!?]\s+/g)) {
    if (!ABBREVIATION.test(body.slice(0, m.index + 1))) return false;
  }
  return !/[“”"‘]/u.test(body);
}

function joinSplit(text: string, spans: readonly QuoteSpan[]): Joined[] {
  const joined: Joined[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.close, span.open) : '';
    if (last && !gap.includes('\n') && isSplitAttribution(gap)) {
      joined[joined.length - 1] = {
        ...last,
        segments: [...last.segments, ...span.segments],
        close: span.close,
        gaps: [...last.gaps, [last.close, span.open]],
      };
    } else {
      joined.push({ ...span, gaps: [] });
    }
  }
  return joined;
}

/** The mention text of segments: parts of one paragraph joined by a space, paragraphs by a blank
 * line. */
export function segmentsText(text: string, segments: readonly QuoteSegment[]): string {
  return segments
    .map((s, i) => {
      const prev = segments[i - 1];
      const sep = prev ? (text.slice(prev.end, s.start).includes('\n') ? '\n\n' : ' ') : '';
      return sep + text.slice(s.start, s.end);
    })
    .join('');
}

/** `text` with every segment's characters replaced by `x` (same length), so the writer's own
 * sentences can be read around quotations without their words or punctuation. */
export function maskQuotations(text: string, segments: readonly QuoteSegment[]): string {
  let masked = '';
  let at = 0;
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    masked += text.slice(at, s.start) + 'x'.repeat(s.end - s.start);
    at = s.end;
  }
  return masked + text.slice(at);
}

/** The sentence `head` ends in: what follows its last terminator (and that terminator's closing
 * marks and spaces). A backward scan, not a regex search, so a long paragraph costs linear time. */
export function lastSentence(head: string): string {
  const end = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'));
  if (end < 0) return head;
  const rest = head.slice(end + 1);
  const closing = /^[”"’)]*\s+/u.exec(rest);
  return closing ? rest.slice(closing[0].length) : rest;
}

/** Kind and fragment flag of a body quotation from the sentence around it. */
function classify(
  text: string,
  quote: string,
  open: number,
  paragraphStart: number,
): Pick<QuoteMention, 'kind' | 'fragment'> {
  const sentence = lastSentence(text.slice(Math.max(paragraphStart, open - SENTENCE_WINDOW), open));
  const count = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const introduced = sentence.trim() === '' || /[,:]\s*$/.test(sentence);
  const fragment = !(introduced && /^[\p{Lu}\p{N}.…]/u.test(quote)) && count <= FRAGMENT_MAX_WORDS;
  if (TERM_CUES.some((cue) => cue.test(sentence))) return { kind: 'term', fragment: true };
  if (!fragment || count > TERM_MAX_WORDS) return { kind: 'speech', fragment };
  const titleCase =
    quote.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[!?]$/.test(quote);
  const spoken = sentence.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
  return { kind: spoken && !titleCase ? 'speech' : 'term', fragment: true };
}

/** The quotations of `article`'s body then of its embeds. Every segment's offsets point at the
 * printed words; a term never has a speaker; an embed's speaker is its author (or handle). */
export function extractQuotes(article: Pick<Article, 'text' | 'embeds'>): QuoteMention[] {
  const { text } = article;
  const paragraphs = paragraphRanges(text);
  const joined = joinSplit(text, findQuoteSpans(text));
  const masked = maskQuotations(
    text,
    joined.flatMap((q) => q.segments),
  );
  const drafts = joined.map((q) => {
    const quote = segmentsText(text, q.segments);
    const [paragraphStart] = paragraphs[q.paragraph] ?? [0];
    return { q, quote, ...classify(masked, quote, q.open, paragraphStart) };
  });
  const speech = drafts.filter((d) => d.kind === 'speech');
  const quotations: Quotation[] = speech.map(({ q }) => ({
    open: q.open,
    close: q.close,
    gaps: q.gaps,
    paragraphStart: paragraphs[q.paragraph]?.[0] ?? 0,
    previousParagraph: paragraphs[q.paragraph - 1] ?? null,
  }));
  const speakers = attributeSpeakers(masked, quotations);
  const speakerOf = new Map(speech.map((d, i) => [d.q, speakers[i] ?? null]));
  const body: QuoteMention[] = drafts.map((d) => ({
    text: d.quote,
    speaker: speakerOf.get(d.q) ?? null,
    kind: d.kind,
    fragment: d.fragment,
    paragraph: d.q.paragraph,
    embed: null,
    segments: d.q.segments,
  }));
  const embeds: QuoteMention[] = article.embeds.flatMap((embed, index) => {
    const start = embed.text.search(/\S/);
    if (start < 0) return [];
    const end = embed.text.trimEnd().length;
    return [
      {
        text: embed.text.slice(start, end),
        speaker: embed.author ?? embed.handle ?? null,
        kind: 'embed' as const,
        fragment: false,
        paragraph: null,
        embed: index,
        segments: [{ start, end }],
      },
    ];
  });
  return [...body, ...embeds];
}
