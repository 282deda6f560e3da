/**
 * `npm run bench:extract`: main-text extraction on both benchmarks of `../shared/benchmarks/`, in
 * one run: ours, @mozilla/readability (on jsdom) and Defuddle (on linkedom) over the same pages, from
 * the page's bytes as stored, timed one after the other. `article-extraction` (88 English news
 * pages) is scored with its shingle metric, `multilingual-extraction` (487 pages, many languages
 * and encodings) with its passage metric; each table shows the published figures beside ours.
 * Fails (exit 1) when ours drops below a floor in `bench/extract/floors.json`; floors only rise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  readArticleBenchmark,
  readMultilingualBenchmark,
  readReferenceOutput,
} from './benchmark-pages-fs.ts';
import { defuddle, type Extractor, ours, readability } from './extractors.ts';
import { scorePassages } from './passage-score.ts';
import { pagesPerSecond, runTool, type ToolRun } from './run-extractors.ts';
import { checkFloors } from '../floors-fs.ts';
import { pageCounts, pageRatios, scorePredictions } from './score.ts';
import { readCommand, readErrorLine, wholeNumber } from '../../scripts/lib/command-line.ts';

const { values } = readCommand({
  name: 'bench:extract',
  summary:
    'Runs our extractor, Readability and Defuddle over both extraction benchmarks in one run, ' +
    'scores each with its benchmark metric beside the published figures, prints one table per ' +
    'benchmark, and fails when ours drops below its floor.',
  operands: '',
  options: {
    benchmarks: { type: 'string', default: resolve('../shared/benchmarks') },
    'ours-only': { type: 'boolean', default: false },
    worst: { type: 'string', default: '0' },
    'raise-floors': { type: 'boolean', default: false },
  },
  help: {
    benchmarks: 'folder holding article-extraction/ and multilingual-extraction/',
    'ours-only': 'run and time ours only (the gate npm test runs)',
    worst: 'also list our N lowest-scoring pages of article-extraction',
    'raise-floors': "lift floors to this run's figures (never lowers one)",
  },
});

const FLOORS = 'bench/extract/floors.json';

/** Published figures of each benchmark's README: F1, precision, recall. */
const ARTICLE_PUBLISHED: Readonly<Record<string, readonly [number, number, number]>> = {
  rs_trafilatura: [0.968, 0.95, 0.988],
  go_trafilatura: [0.969, 0.953, 0.986],
  trafilatura: [0.962, 0.939, 0.985],
  newspaper: [0.948, 0.967, 0.929],
  readability_js: [0.944, 0.911, 0.979],
};
const MULTILINGUAL_PUBLISHED: Readonly<Record<string, readonly [number, number, number]>> = {
  'trafilatura 2.2.0 (990 pages)': [0.924, 0.906, 0.943],
  'readability-lxml 0.8.4.1 (990 pages)': [0.826, 0.898, 0.764],
};

const f3 = (n: number): string => n.toFixed(3);
const HEADER = [
  '| tool                                           | F1    | prec. | recall | refused | pages/s |',
  '|------------------------------------------------|-------|-------|--------|---------|---------|',
];
const row = (name: string, f1: number, p: number, r: number, refused: string, rate: string) =>
  `| ${name.padEnd(46)} | ${f3(f1)} | ${f3(p)} | ${f3(r)}  | ${refused.padStart(7)} | ${rate.padStart(7)} |`;

async function runAll(pages: Parameters<typeof runTool>[2]): Promise<ToolRun[]> {
  const tools: [string, Extractor][] = [['ours', ours]];
  if (!values['ours-only'])
    tools.push(['readability + jsdom', readability], ['defuddle + linkedom', defuddle]);
  const runs: ToolRun[] = [];
  for (const [name, extractor] of tools) runs.push(await runTool(name, extractor, pages));
  return runs;
}

const refusedCount = (run: ToolRun): number =>
  Object.values(run.texts).filter((t) => t === null).length;

const speedLine = (runs: readonly ToolRun[], pages: number): string[] => {
  const [mine, theirs] = runs;
  if (!mine || !theirs) return [];
  return [
    `speed: ours is ${(pagesPerSecond(mine, pages) / pagesPerSecond(theirs, pages)).toFixed(1)}x readability+jsdom`,
  ];
};

async function articleTable(dir: string, worst: number): Promise<{ lines: string[]; f1: number }> {
  const { pages, truth } = await readArticleBenchmark(dir);
  const runs = await runAll(pages);
  const lines = [`article-extraction: ${pages.length} pages (shingle metric)`, '', ...HEADER];
  const texts = (run: ToolRun) =>
    Object.fromEntries(Object.entries(run.texts).map(([id, t]) => [id, t ?? '']));
  for (const run of runs) {
    const s = scorePredictions(truth, texts(run));
    const rate = pagesPerSecond(run, pages.length).toFixed(1);
    lines.push(
      row(`${run.name} (run)`, s.f1, s.precision, s.recall, String(refusedCount(run)), rate),
    );
  }
  if (!values['ours-only']) {
    for (const [tool, [f1, p, r]] of Object.entries(ARTICLE_PUBLISHED)) {
      const s = scorePredictions(truth, await readReferenceOutput(dir, tool));
      lines.push(
        `${row(`${tool} (stored output)`, s.f1, s.precision, s.recall, '-', '-')} README: ${f1} / ${p} / ${r}`,
      );
    }
  }
  lines.push(...speedLine(runs, pages.length));
  const mine = runs[0];
  if (worst > 0 && mine) lines.push('', ...worstPages(truth, mine, worst));
  await mkdir('.bench', { recursive: true });
  await writeFile(
    '.bench/extract-predictions.json',
    `${JSON.stringify(mine?.texts ?? {}, null, 1)}\n`,
  );
  return { lines, f1: mine ? scorePredictions(truth, texts(mine)).f1 : 0 };
}

function worstPages(truth: Record<string, string>, run: ToolRun, count: number): string[] {
  const scored = Object.keys(truth).map((id) => {
    const r = pageRatios(pageCounts(truth[id] ?? '', run.texts[id] ?? ''));
    return { id, p: r.precision ?? 0, r: r.recall ?? 0 };
  });
  scored.sort((a, b) => a.p + a.r - (b.p + b.r));
  return scored.slice(0, count).map((s) => `${s.id.slice(0, 12)} p=${f3(s.p)} r=${f3(s.r)}`);
}

async function multilingualTable(dir: string): Promise<{ lines: string[]; f1: number }> {
  const { pages, annotations } = await readMultilingualBenchmark(dir);
  const runs = await runAll(pages);
  const lines = [`multilingual-extraction: ${pages.length} pages (passage metric)`, '', ...HEADER];
  for (const run of runs) {
    const s = scorePassages(annotations, run.texts);
    const rate = pagesPerSecond(run, pages.length).toFixed(1);
    lines.push(row(`${run.name} (run)`, s.f1, s.precision, s.recall, String(s.refused), rate));
  }
  for (const [tool, [f1, p, r]] of Object.entries(MULTILINGUAL_PUBLISHED))
    lines.push(row(`${tool} (README)`, f1, p, r, '-', '-'));
  lines.push(...speedLine(runs, pages.length));
  const mine = runs[0];
  return { lines, f1: mine ? scorePassages(annotations, mine.texts).f1 : 0 };
}

async function main(): Promise<number> {
  const worst = wholeNumber('bench:extract', 'worst', values.worst);
  const article = await articleTable(join(values.benchmarks, 'article-extraction'), worst);
  const multilingual = await multilingualTable(join(values.benchmarks, 'multilingual-extraction'));
  console.log([...article.lines, '', ...multilingual.lines].join('\n'));
  const measured = { articleF1: article.f1, multilingualF1: multilingual.f1 };
  return checkFloors('bench:extract', FLOORS, measured, values['raise-floors']);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const path = (error as { path?: unknown } | null)?.path;
    console.error(`bench:extract: ${readErrorLine(typeof path === 'string' ? path : '', error)}`);
    process.exitCode = 1;
  },
);
