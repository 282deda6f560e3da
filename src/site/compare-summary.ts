/**
 * The two sentences above a comparison: what differs between the two versions (paragraphs,
 * words, links), and which is the likely source and why. The source and its reason are the
 * analysis' own (`likelySource` in `src/stories/classify-reuse.ts`), told with the facts it went
 * by; when it found none, the sentence says the source is unknown, never guesses.
 */
import type { ReusePair } from '../schema/story.ts';
import type { Paragraph } from './align-paragraphs.ts';
import type { DiffCounts } from './pair-rows.ts';

/** Links one version prints and the other does not, by address. */
export interface LinkCounts {
  readonly onlyLeft: number;
  readonly onlyRight: number;
  /** All links of both versions. */
  readonly total: number;
}

/** What the source sentence tells of one version. */
export interface SourceSide {
  /** How the page names it (its outlet, or its title when the outlet is unknown). */
  readonly name: string;
  /** Its date as shown, "Date unknown" when unknown. */
  readonly date: string;
  readonly credit: string | null;
  readonly words: number;
}

/** `n` with the singular or plural of `word`. */
export const plural = (n: number, word: string, words = `${word}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? word : words}`;

/** The links of `left` and `right` that the other does not print, counted by address as
 * multisets over the whole texts (a link moved to another paragraph is not a change). */
export function linkCounts(left: readonly Paragraph[], right: readonly Paragraph[]): LinkCounts {
  const hrefs = (ps: readonly Paragraph[]) => ps.flatMap((p) => p.links.map((l) => l.href));
  const l = hrefs(left);
  const r = hrefs(right);
  const pool = new Map<string, number>();
  for (const h of r) pool.set(h, (pool.get(h) ?? 0) + 1);
  let onlyLeft = 0;
  for (const h of l) {
    const n = pool.get(h) ?? 0;
    if (n > 0) pool.set(h, n - 1);
    else onlyLeft += 1;
  }
  const onlyRight = [...pool.values()].reduce((sum, n) => sum + n, 0);
  return { onlyLeft, onlyRight, total: l.length + r.length };
}

/** One sentence saying what differs: identical paragraphs out of all, those worded differently,
 * alike but linked differently, or printed by one version only, how many words differ, and whether the links do. */
export function differenceSentence(
  counts: DiffCounts,
  links: LinkCounts,
  names: { readonly left: string; readonly right: string },
): string {
  const rows = counts.same + counts.changed + counts.relinked + counts.onlyLeft + counts.onlyRight;
  const linksSame = links.onlyLeft + links.onlyRight === 0;
  if (rows === counts.same && linksSame) {
    return `The two texts are identical: the same ${plural(rows, 'paragraph')}, word for word and link for link.`;
  }
  const paragraphs = [
    `${counts.same.toLocaleString('en')} of ${plural(rows, 'paragraph')} ${counts.same === 1 ? 'is' : 'are'} identical`,
    counts.changed > 0 ? `${counts.changed.toLocaleString('en')} worded differently` : '',
    counts.relinked > 0 ? `${counts.relinked.toLocaleString('en')} alike but for links` : '',
    counts.onlyLeft > 0 ? `${counts.onlyLeft.toLocaleString('en')} only in ${names.left}` : '',
    counts.onlyRight > 0 ? `${counts.onlyRight.toLocaleString('en')} only in ${names.right}` : '',
  ].filter((s) => s !== '');
  const changed = counts.dropped + counts.added;
  const wordsPart =
    changed === 0
      ? 'no word differs'
      : `${plural(changed, 'word')} ${changed === 1 ? 'differs' : 'differ'} (${counts.dropped.toLocaleString('en')} only in ${names.left}, ${counts.added.toLocaleString('en')} only in ${names.right})`;
  const linksPart =
    links.total === 0
      ? 'neither prints a link'
      : linksSame
        ? 'the links are the same'
        : `links changed (${links.onlyLeft.toLocaleString('en')} only in ${names.left}, ${links.onlyRight.toLocaleString('en')} only in ${names.right})`;
  return `${paragraphs.join(', ')}; ${wordsPart}; ${linksPart}.`;
}

/** One sentence naming the likely source and why. `source` is the left version whenever the
 * pair has one (the page puts it first). */
export function sourceSentence(
  pair: Pick<ReusePair, 'source' | 'sourceReason'>,
  source: SourceSide,
  other: SourceSide,
): string {
  if (pair.source === null || pair.sourceReason === null) {
    return (
      'Which one is the source is unknown: their dates do not set them a day apart, neither ' +
      "credits the other's outlet, and neither text is clearly fuller."
    );
  }
  const lead = `${source.name} is the likely source`;
  switch (pair.sourceReason) {
    case 'earlier-date':
      return `${lead}: it is dated ${source.date}, a day or more before ${other.name} (${other.date}).`;
    case 'credit':
      return other.credit === null
        ? `${lead}: ${other.name} credits it.`
        : `${lead}: ${other.name} credits “${other.credit}”.`;
    case 'fuller-text':
      return (
        `${lead}: no dates or credits tell them apart, and its text is clearly fuller ` +
        `(${plural(source.words, 'word')} against ${other.words.toLocaleString('en')}).`
      );
  }
}
