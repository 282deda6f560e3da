/**
 * The curated facts file (`seeds/facts.json`): facts an input file does not carry, each with a
 * note saying how it is known. A fact nobody knows is simply absent: nothing is invented.
 */
import { z } from 'zod';
import { isoPrecision } from './iso-date.ts';

/** One curated fact: a value and how the curator knows it. */
export const Fact = z.object({
  /** The value given to the field. */
  value: z.string().min(1),
  /** How it is known: the evidence, in a sentence. Required, so no fact goes unexplained. */
  note: z.string().min(10),
});
export type Fact = z.infer<typeof Fact>;

/** Fields a curated fact may fill. Dates are ISO 8601 at the precision known (`2025`, `2025-04`). */
export const FactsForFile = z
  .object({
    title: Fact,
    outlet: Fact,
    published: Fact.refine((fact) => isoPrecision(fact.value) !== null, {
      message: 'must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or a timestamp with offset',
    }),
    byline: Fact,
    credit: Fact,
    canonicalUrl: Fact,
  })
  .partial()
  .strict();
export type FactsForFile = z.infer<typeof FactsForFile>;

/** The whole file: input file name (as in `seeds/`) to its facts. */
export const FactsFile = z.object({
  /** Free text for people reading the file; ignored by the build. */
  $comment: z.string().optional(),
  files: z.record(z.string().min(1), FactsForFile),
});
export type FactsFile = z.infer<typeof FactsFile>;

/** The reserved name of the curated facts file inside the seeds folder (never an input). */
export const FACTS_FILE_NAME = 'facts.json';
