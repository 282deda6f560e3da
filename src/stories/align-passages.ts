/**
 * Exact alignment of two word lists: the passages both print word for word. Linear in the two
 * lengths: one side's opening shingles are indexed, the other side is walked once.
 */
import type { Passage } from '../schema/story.ts';
import { hashString } from './shingles.ts';
import { MIN_PASSAGE_WORDS } from './thresholds.ts';

/** Most places one opening shingle is looked up in: a shingle repeated more often than this is
 * stock wording, and capping it keeps the walk linear. */
const MAX_POSITIONS = 16;

/** Hash of the `size` words of `hashes` from `start` (FNV-style over the words' hashes). */
function runHash(hashes: readonly number[], start: number, size: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < size; k += 1) {
    hash ^= hashes[start + k] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** True when `size` words of `x` from `i` equal those of `y` from `j`. */
function sameRun(
  x: readonly string[],
  i: number,
  y: readonly string[],
  j: number,
  size: number,
): boolean {
  for (let k = 0; k < size; k += 1) if (x[i + k] !== y[j + k]) return false;
  return true;
}

/** Maximal runs of at least `minWords` identical words, in `a`'s order, not overlapping in `a`.
 * Where a run could continue at several places in `b`, the longest (then the first) is taken. */
export function alignPassages(
  a: readonly string[],
  b: readonly string[],
  minWords = MIN_PASSAGE_WORDS,
): Passage[] {
  if (a.length < minWords || b.length < minWords) return [];
  // Opening shingles are keyed by a number, not a joined string (this runs for every related
  // pair of an archive); each bucket holds one list of positions per distinct shingle, checked
  // word by word, so a hash collision can never merge two shingles.
  const hashA = a.map(hashString);
  const hashB = b.map(hashString);
  const index = new Map<number, number[][]>();
  for (let j = 0; j + minWords <= b.length; j += 1) {
    const key = runHash(hashB, j, minWords);
    const bucket = index.get(key);
    const positions = bucket?.find((p) => sameRun(b, p[0] as number, b, j, minWords));
    if (!bucket) index.set(key, [[j]]);
    else if (!positions && bucket.length < MAX_POSITIONS) bucket.push([j]);
    else if (positions && positions.length < MAX_POSITIONS) positions.push(j);
  }
  const passages: Passage[] = [];
  let i = 0;
  while (i + minWords <= a.length) {
    const positions = index
      .get(runHash(hashA, i, minWords))
      ?.find((p) => sameRun(a, i, b, p[0] as number, minWords));
    let best: Passage | null = null;
    for (const j of positions ?? []) {
      let n = minWords;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n += 1;
      if (!best || n > best.words) best = { a: i, b: j, words: n };
    }
    if (best) {
      passages.push(best);
      i += best.words;
    } else {
      i += 1;
    }
  }
  return passages;
}

/** Share (0..1) of each side's words covered by `passages`; overlaps in `b` are counted once. */
export function sharedFractions(
  passages: readonly Passage[],
  aLength: number,
  bLength: number,
): { a: number; b: number } {
  const covered = (ranges: [number, number][]): number => {
    let total = 0;
    let reach = 0;
    for (const [start, end] of ranges.sort((x, y) => x[0] - y[0])) {
      if (end > reach) {
        total += end - Math.max(start, reach);
        reach = end;
      }
    }
    return total;
  };
  const inA = covered(passages.map((p) => [p.a, p.a + p.words]));
  const inB = covered(passages.map((p) => [p.b, p.b + p.words]));
  return {
    a: aLength === 0 ? 0 : round(inA / aLength),
    b: bLength === 0 ? 0 : round(inB / bLength),
  };
}

/** Four decimals: enough for a percentage, and stable in JSON output. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
