/**
 * MinHash signatures and locality-sensitive hashing: finds pairs of items whose feature sets are
 * alike without comparing every pair, so the work grows with the number of items, not its square.
 */
import { LSH_BANDS, LSH_MAX_BUCKET, LSH_ROWS, SIGNATURE_SIZE } from './thresholds.ts';

/** Fixed, seeded hash parameters: the same features always give the same signature. */
const PARAMS: readonly (readonly [number, number])[] = (() => {
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as const);
})();

/** The MinHash signature of a set of 32-bit feature hashes: SIGNATURE_SIZE minima of independent
 * hash functions. An empty set gives all-0xffffffff, which matches nothing but another empty set. */
export function minhash(features: readonly number[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const feature of features) {
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const [a, b] = PARAMS[i] as readonly [number, number];
      const value = ((Math.imul(a, feature) + b) ^ (feature >>> 15)) >>> 0;
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

/** Candidate pairs of items (by index, `i < j`, sorted, each once) that share at least one LSH
 * band. Buckets with more than LSH_MAX_BUCKET members are skipped: they stand for common material,
 * and skipping them keeps the number of pairs linear in the number of items. */
export function lshCandidates(signatures: readonly Uint32Array[]): [number, number][] {
  const pairs = new Set<number>();
  const found: [number, number][] = [];
  for (let band = 0; band < LSH_BANDS; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const rows = signature.subarray(band * LSH_ROWS, band * LSH_ROWS + LSH_ROWS);
      if (rows.every((v) => v === 0xffffffff)) return;
      const key = rows.join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > LSH_MAX_BUCKET) continue;
      for (let x = 0; x < bucket.length; x += 1) {
        for (let y = x + 1; y < bucket.length; y += 1) {
          const i = bucket[x] as number;
          const j = bucket[y] as number;
          const key = i * signatures.length + j;
          if (!pairs.has(key)) {
            pairs.add(key);
            found.push([i, j]);
          }
        }
      }
    }
  }
  return found.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
