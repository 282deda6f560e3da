/**
 * The multilingual-extraction benchmark's metric, exactly as its README defines it: whitespace is
 * collapsed in the extraction and in each passage; a `with` passage found as a substring of the
 * extraction is a true positive (else a false negative), a `without` passage found is a false
 * positive (else a true negative). A page refused or failed counts every `with` as a false
 * negative and every `without` as a true negative. Figures are over all passages of all pages.
 */

/** One page's passages: what its main text must contain and what it must not. */
export interface PassageAnnotation {
  readonly with: readonly string[];
  readonly without: readonly string[];
}

/** Passage counts and the figures made of them. */
export interface PassageScore {
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
  /** Pages with no extraction (refused or failed). */
  readonly refused: number;
}

/** Runs of white space become one space; ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Scores `extractions` (page id -> text, or null when the tool refused or failed the page)
 * against `annotations`; a page missing from `extractions` counts as refused. */
export function scorePassages(
  annotations: Readonly<Record<string, PassageAnnotation>>,
  extractions: Readonly<Record<string, string | null>>,
): PassageScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let refused = 0;
  for (const [id, page] of Object.entries(annotations)) {
    const raw = extractions[id];
    if (raw === null || raw === undefined) refused += 1;
    const text = raw === null || raw === undefined ? null : collapse(raw);
    for (const passage of page.with) {
      if (text !== null && text.includes(collapse(passage))) tp += 1;
      else fn += 1;
    }
    for (const passage of page.without) {
      if (text !== null && text.includes(collapse(passage))) fp += 1;
      else tn += 1;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return {
    tp,
    fn,
    fp,
    tn,
    precision,
    recall,
    f1,
    accuracy: ratio(tp + tn, tp + fn + fp + tn),
    refused,
  };
}
