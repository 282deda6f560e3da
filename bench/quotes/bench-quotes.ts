/**
 * `npm run bench:quotes`: quotation extraction scored against the hand-annotated corpus
 * (`tests/quotes-corpus/gold/`), with the matching rule of `score-quotes.ts`. Prints one table and
 * fails (exit 1) when a figure is below its floor in `floors.json`; floors only rise
 * (`--raise-floors` lifts each to the figure measured, never lowers one).
 *
 *   --annotator NAME   score against another annotation folder (default: gold)
 *   --agreement        compare annotator-a with annotator-b instead of running the extractor
 *   --errors N         print the first N misses (default 0)
 *   --raise-floors     lift floors to this run's figures
 */
import { extractQuotes } from '../../src/quotes/extract-quotes.ts';
import { checkFloors } from '../floors-fs.ts';
import { readCommand, readErrorLine, wholeNumber } from '../../scripts/lib/command-line.ts';
import { readAnnotations, type AnnotatedArticle } from './quote-corpus-fs.ts';
import {
  emptyTally,
  figures,
  scoreArticle,
  type Figures,
  type FoundQuotation,
  type Tally,
} from './score-quotes.ts';

const FLOORS = 'bench/quotes/floors.json';

const { values } = readCommand({
  name: 'bench:quotes',
  summary:
    'Scores quotation extraction against the hand-annotated corpus (tests/quotes-corpus/gold/) ' +
    'and fails when a figure is below its floor in bench/quotes/floors.json.',
  operands: '',
  options: {
    annotator: { type: 'string', default: 'gold' },
    agreement: { type: 'boolean', default: false },
    errors: { type: 'string', default: '0' },
    'raise-floors': { type: 'boolean', default: false },
  },
  help: {
    annotator: 'score against another annotation folder (default: gold)',
    agreement: 'compare annotator-a with annotator-b instead of running the extractor',
    errors: 'print the first N misses (default 0)',
    'raise-floors': "lift floors to this run's figures (never lowers one)",
  },
});
const errorCount = wholeNumber('bench:quotes', 'errors', values.errors);

/** The quotations the extractor finds in one article's text, as the scorer reads them. */
function found(text: string): FoundQuotation[] {
  return extractQuotes({ text, embeds: [] }).map((m) => ({
    start: m.start,
    end: m.end,
    kind: m.kind,
    speaker: m.speaker,
    speakerType: m.speakerType,
  }));
}

function tallyOf(gold: readonly AnnotatedArticle[], other?: readonly AnnotatedArticle[]): Tally {
  const tally = emptyTally();
  const byId = new Map(other?.map((a) => [a.id, a]));
  for (const article of gold) {
    const theirs = other ? (byId.get(article.id)?.quotations ?? []) : found(article.text);
    scoreArticle(tally, article.id, article.text, article.quotations, theirs);
  }
  return tally;
}

const GATED = ['f1', 'precision', 'recall', 'speakerAccuracy'] as const;

function print(label: string, t: Tally, f: Figures): void {
  const pct = (x: number): string => x.toFixed(3);
  console.error(`\n${label}: ${t.gold} annotated, ${t.found} found, ${t.matched} matched`);
  console.error(
    `  quotation precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}`,
  );
  console.error(
    `  speaker accuracy ${pct(f.speakerAccuracy)} (${t.speakerRight}/${t.attributable} speech and fragments)  speaker type ${pct(f.speakerTypeAccuracy)}  kind ${pct(f.kindAccuracy)}`,
  );
  console.error(
    `  recall by kind: speech ${pct(f.recallByKind.speech)} (${t.goldByKind.speech})  fragment ${pct(f.recallByKind.fragment)} (${t.goldByKind.fragment})  term ${pct(f.recallByKind.term)} (${t.goldByKind.term})`,
  );
  for (const line of t.errors.slice(0, errorCount)) console.error(`    ${line}`);
}

async function main(): Promise<number> {
  if (values.agreement) {
    const a = await readAnnotations('annotator-a');
    const b = await readAnnotations('annotator-b');
    const tally = tallyOf(a, b);
    print('agreement, annotator-b against annotator-a', tally, figures(tally));
    return 0;
  }
  const gold = await readAnnotations(values.annotator);
  const tally = tallyOf(gold);
  const measured = figures(tally);
  print(`extractor against ${values.annotator}`, tally, measured);
  const gated = Object.fromEntries(GATED.map((k) => [k, measured[k]]));
  return checkFloors('bench:quotes', FLOORS, gated, values['raise-floors']);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const path = (error as { path?: unknown } | null)?.path;
    console.error(`bench:quotes: ${readErrorLine(typeof path === 'string' ? path : '', error)}`);
    process.exitCode = 1;
  },
);
