/**
 * The article-extraction benchmark's metric, exactly as its README defines it: texts become
 * multisets of overlapping 4-token shingles (tokens are runs of Unicode word characters); per page,
 * shared shingles are true positives, predicted-only ones false positives and truth-only ones false
 * negatives, normalised by their sum; precision and recall are means over pages and F1 is their
 * harmonic mean.
 */

/** Tokens per shingle. */
const SHINGLE_SIZE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The page's counts, divided by their sum (all zero when both texts have no shingle). */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Benchmark-wide figures; `pages` counts the pages scored. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pages: number;
}

/** The runs of word characters in `text`, in order (Python's `\w+`). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The multiset of 4-token shingles of `text`, as shingle -> count. Fewer than 4 tokens: empty. */
export function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i += 1) {
    // A separator no token can contain keeps distinct shingles distinct.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised tp/fp/fn of one page (multiset intersection and differences of the shingles). */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const shared = Math.min(n, want.get(key) ?? 0);
    tp += shared;
    fp += n - shared;
  }
  for (const [key, n] of want) fn += Math.max(0, n - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Per-page precision and recall; null where the README leaves the page out of that mean. */
export function pageRatios(counts: PageCounts): {
  precision: number | null;
  recall: number | null;
} {
  const { tp, fp, fn } = counts;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Scores predictions against the ground truth over every ground-truth page (a page with no
 * prediction counts as an empty prediction). */
export function scorePredictions(
  truth: Readonly<Record<string, string>>,
  predicted: Readonly<Record<string, string>>,
): Score {
  const precisions: number[] = [];
  const recalls: number[] = [];
  const ids = Object.keys(truth);
  for (const id of ids) {
    const ratios = pageRatios(pageCounts(truth[id] ?? '', predicted[id] ?? ''));
    if (ratios.precision !== null) precisions.push(ratios.precision);
    if (ratios.recall !== null) recalls.push(ratios.recall);
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: ids.length };
}
