/**
 * Scores quotation extraction against a hand-annotated corpus (`tests/quotes-corpus/`).
 *
 * Matching rule: a found quotation and an annotated one match when their character spans in the
 * article overlap by at least {@link MIN_OVERLAP} of the longer of the two (so a quotation joined
 * with the next one across its attribution, or cut in half, does not match); each annotated
 * quotation matches at most one found one, greedily by overlap. Precision, recall and F1 count
 * every kind. Speaker accuracy is over matched quotations the annotation calls speech or fragment:
 * the found speaker must equal the annotated one (both null counts as equal) after NFC
 * normalisation and case folding.
 */

/** Least share of the longer span two matching spans must share. */
export const MIN_OVERLAP = 0.9;

/** The kinds the annotation uses. */
export type GoldKind = 'speech' | 'fragment' | 'term';

/** One annotated quotation, placed in its article. */
export interface GoldQuotation {
  readonly start: number;
  readonly end: number;
  readonly kind: GoldKind;
  readonly speaker: string | null;
  readonly speakerType: 'person' | 'organisation' | null;
  readonly utterance: string | null;
}

/** One quotation the extractor found. */
export interface FoundQuotation {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly speaker: string | null;
  readonly speakerType: string | null;
}

/** Counts of one article or of the corpus. */
export interface Tally {
  gold: number;
  found: number;
  matched: number;
  attributable: number;
  speakerRight: number;
  speakerTypeRight: number;
  kindRight: number;
  goldByKind: Record<GoldKind, number>;
  matchedByKind: Record<GoldKind, number>;
  /** One line per miss, for reading what went wrong. */
  errors: string[];
}

/** An empty tally. */
export function emptyTally(): Tally {
  return {
    gold: 0,
    found: 0,
    matched: 0,
    attributable: 0,
    speakerRight: 0,
    speakerTypeRight: 0,
    kindRight: 0,
    goldByKind: { speech: 0, fragment: 0, term: 0 },
    matchedByKind: { speech: 0, fragment: 0, term: 0 },
    errors: [],
  };
}

const fold = (name: string | null): string | null =>
  name === null ? null : name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / Math.max(a.end - a.start, b.end - b.start);
}

/** Pairs of [gold index, found index] under the matching rule. */
export function matchQuotations(
  gold: readonly GoldQuotation[],
  found: readonly FoundQuotation[],
): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) =>
    found.forEach((f, j) => {
      const share = overlap(g, f);
      if (share >= MIN_OVERLAP) candidates.push([share, i, j]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0]);
  const usedGold = new Set<number>();
  const usedFound = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedFound.has(j)) continue;
    usedGold.add(i);
    usedFound.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** Adds one article's comparison to `tally`; `text` is the article, `label` names it in errors. */
export function scoreArticle(
  tally: Tally,
  label: string,
  text: string,
  gold: readonly GoldQuotation[],
  found: readonly FoundQuotation[],
): void {
  const pairs = matchQuotations(gold, found);
  const show = (q: { start: number; end: number }): string =>
    JSON.stringify(text.slice(q.start, Math.min(q.end, q.start + 60)));
  tally.gold += gold.length;
  tally.found += found.length;
  tally.matched += pairs.length;
  for (const g of gold) tally.goldByKind[g.kind] += 1;
  const matchedGold = new Set(pairs.map(([i]) => i));
  const matchedFound = new Set(pairs.map(([, j]) => j));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) tally.errors.push(`${label}: missed ${g.kind} ${show(g)}`);
  });
  found.forEach((f, j) => {
    if (!matchedFound.has(j)) tally.errors.push(`${label}: spurious ${f.kind} ${show(f)}`);
  });
  for (const [i, j] of pairs) {
    const g = gold[i];
    const f = found[j];
    if (!g || !f) continue;
    tally.matchedByKind[g.kind] += 1;
    if (g.kind === f.kind) tally.kindRight += 1;
    else tally.errors.push(`${label}: kind ${f.kind} for ${g.kind} ${show(g)}`);
    if (g.kind === 'term') continue;
    tally.attributable += 1;
    if (fold(g.speaker) === fold(f.speaker)) tally.speakerRight += 1;
    else
      tally.errors.push(
        `${label}: speaker ${f.speaker ?? 'null'} for ${g.speaker ?? 'null'} ${show(g)}`,
      );
    if ((g.speakerType ?? null) === (f.speakerType ?? null)) tally.speakerTypeRight += 1;
  }
}

/** The figures of a tally, as ratios (1 when there is nothing to count). */
export interface Figures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerAccuracy: number;
  readonly speakerTypeAccuracy: number;
  readonly kindAccuracy: number;
  readonly recallByKind: Record<GoldKind, number>;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Precision, recall, F1, speaker and kind accuracy, and recall per kind. */
export function figures(t: Tally): Figures {
  const precision = ratio(t.matched, t.found);
  const recall = ratio(t.matched, t.gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: ratio(t.speakerRight, t.attributable),
    speakerTypeAccuracy: ratio(t.speakerTypeRight, t.attributable),
    kindAccuracy: ratio(t.kindRight, t.matched),
    recallByKind: {
      speech: ratio(t.matchedByKind.speech, t.goldByKind.speech),
      fragment: ratio(t.matchedByKind.fragment, t.goldByKind.fragment),
      term: ratio(t.matchedByKind.term, t.goldByKind.term),
    },
  };
}
