/**
 * The reuse between a story's articles as a reader reads it: one line per related pair (never
 * once from each side), saying how the two are related (syndicated copy, partial reuse, rewrite),
 * how much of each text they share word for word, and which one is the likely source and why.
 * Strongest relations first, so a story's copies lead and its loose rewrites follow.
 */
import type { ReuseKind, ReusePair, Story } from '../schema/story.ts';

/** How each kind is named to a reader. */
export const REUSE_LABELS: Readonly<Record<ReuseKind, string>> = {
  syndicated: 'syndicated copy',
  partial: 'partial reuse',
  rewrite: 'rewrite',
};

/** Kinds from the closest relation to the loosest, for ordering. */
const KIND_RANK: Readonly<Record<ReuseKind, number>> = { syndicated: 0, partial: 1, rewrite: 2 };

/** A share as a whole percentage ("29%"); a share above 0 never shows as 0%, nor below 1 as
 * 100%. */
export function percent(share: number): string {
  const value = Math.round(share * 100);
  if (value === 0 && share > 0) return '<1%';
  if (value === 100 && share < 1) return '>99%';
  return `${value}%`;
}

/** One related pair as a story page lists it. */
export interface PairLine {
  /** The pair as the comparison page names it (the lower id first). */
  readonly a: string;
  readonly b: string;
  /** The two, the likely source first when there is one: "Wire and Daily". */
  readonly names: string;
  /** What follows the names: "syndicated copy, >99% of each text shared; likely source Wire
   * (Daily credits it)". */
  readonly note: string;
}

type Pair = Pick<ReusePair, 'a' | 'b' | 'kind' | 'shared' | 'source' | 'sourceReason'>;

/** How much the two share, in the order the line names them: one figure when both round
 * alike, else each text's own ("30% and 80% of their words shared"). */
function sharedText(pair: Pair, first: string): string {
  const [a, b] = [percent(pair.shared.a), percent(pair.shared.b)];
  if (a === b) return `${a} of each text shared`;
  return `${first === pair.a ? `${a} and ${b}` : `${b} and ${a}`} of their words shared`;
}

/** Which one is the likely source and the fact the analysis went by; never a guess. */
function sourceText(pair: Pair, name: (id: string) => string): string {
  if (pair.source === null || pair.sourceReason === null) return 'source unknown';
  const other = pair.source === pair.a ? pair.b : pair.a;
  const reason = {
    'earlier-date': 'dated a day or more earlier',
    credit: `${name(other)} credits it`,
    'fuller-text': 'its text is clearly fuller',
  }[pair.sourceReason];
  return `likely source ${name(pair.source)} (${reason})`;
}

/** The related pairs of `story`, each once, closest relations first (then by the larger shared
 * share, then by id); `labels` names each article (its outlet, told apart when two share one). */
export function reusePairs(
  story: Pick<Story, 'reuse'>,
  labels: ReadonlyMap<string, string>,
): PairLine[] {
  const name = (id: string) => labels.get(id) ?? 'an article of unknown outlet';
  const top = (p: Pair) => Math.max(p.shared.a, p.shared.b);
  return [...story.reuse]
    .sort(
      (x, y) =>
        KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
        top(y) - top(x) ||
        x.a.localeCompare(y.a) ||
        x.b.localeCompare(y.b),
    )
    .map((pair) => {
      const [first, second] = pair.source === pair.b ? [pair.b, pair.a] : [pair.a, pair.b];
      return {
        a: pair.a,
        b: pair.b,
        names: `${name(first)} and ${name(second)}`,
        note: `${REUSE_LABELS[pair.kind]}, ${sharedText(pair, first)}; ${sourceText(pair, name)}`,
      };
    });
}
