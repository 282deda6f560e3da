/**
 * MinHash signatures and locality-sensitive hashing: finds pairs of items whose feature sets are
 * alike without comparing every pair, so the work grows with the number of items, not its square.
 */
import { LSH_BANDS, LSH_MAX_BUCKET, LSH_ROWS, SIGNATURE_SIZE } from './thresholds.ts';

/** Fixed, seeded hash parameters: the same features always give the same signature. Kept flat in
 * typed arrays (multipliers signed, as `| 1` makes them) because the signature loop is the hot
 * spot of the whole analysis. */
const [MULTIPLIERS, ADDENDS] = ((): [Int32Array, Uint32Array] => {
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const multipliers = new Int32Array(SIGNATURE_SIZE);
  const addends = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
    multipliers[i] = next() | 1;
    addends[i] = next();
  }
  return [multipliers, addends];
})();

/** The MinHash signature of a set of 32-bit feature hashes: SIGNATURE_SIZE minima of independent
 * hash functions. An empty set gives all-0xffffffff, which matches nothing but another empty set. */
export function minhash(features: readonly number[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const feature of new Set(features)) {
    const mixed = feature >>> 15;
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const value =
        ((Math.imul(MULTIPLIERS[i] as number, feature) + (ADDENDS[i] as number)) ^ mixed) >>> 0;
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the sets behind two signatures (share of equal minima). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i] && a[i] !== 0xffffffff) equal += 1;
  return equal / a.length;
}

/** For each item (by index), the later items (`j > i`, ascending) that share at least one LSH
 * band with it. Buckets with more than LSH_MAX_BUCKET members are skipped: they stand for common
 * material, and skipping them keeps the number of pairs linear in the number of items. Lists, not
 * pairs, because an archive of 10,000 articles has millions of candidate pairs. */
export function lshNeighbours(signatures: readonly Uint32Array[]): Int32Array[] {
  // bucketsOf[item * LSH_BANDS + band]: the members of the item's bucket in that band (ascending),
  // or null when the item has no usable bucket there.
  const bucketsOf: (number[] | null)[] = new Array<number[] | null>(
    signatures.length * LSH_BANDS,
  ).fill(null);
  for (let band = 0; band < LSH_BANDS; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      let empty = true;
      let key = '';
      for (let r = band * LSH_ROWS; r < band * LSH_ROWS + LSH_ROWS; r += 1) {
        const value = signature[r] as number;
        if (value !== 0xffffffff) empty = false;
        key += `${value},`;
      }
      if (empty) return;
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = [];
        buckets.set(key, bucket);
      }
      bucket.push(index);
      bucketsOf[index * LSH_BANDS + band] = bucket;
    });
  }
  const seenBy = new Int32Array(signatures.length).fill(-1);
  return signatures.map((_, i) => {
    const later: number[] = [];
    for (let band = 0; band < LSH_BANDS; band += 1) {
      const bucket = bucketsOf[i * LSH_BANDS + band];
      if (!bucket || bucket.length < 2 || bucket.length > LSH_MAX_BUCKET) continue;
      for (const j of bucket) {
        if (j > i && seenBy[j] !== i) {
          seenBy[j] = i;
          later.push(j);
        }
      }
    }
    return Int32Array.from(later).sort();
  });
}

/** Candidate pairs of items (by index, `i < j`, sorted, each once): the pairs of `lshNeighbours`. */
export function lshCandidates(signatures: readonly Uint32Array[]): [number, number][] {
  return lshNeighbours(signatures).flatMap((later, i) =>
    Array.from(later, (j): [number, number] => [i, j]),
  );
}
