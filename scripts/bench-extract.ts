/**
 * `npm run bench:extract`: runs our page extractor and @mozilla/readability (on jsdom, the DOM a
 * Node user pairs it with) over the article-extraction benchmark's pages in one run, same pages in
 * the same order, timing each; scores both and the stored outputs of other published tools with our
 * implementation of the benchmark's metric, and prints one table. Per-page predictions are written
 * in the benchmark's shape (`{id: {articleBody}}`) to `.bench/` so anyone can score them.
 *
 *   --dir DIR             benchmark folder (default ../shared/benchmarks/article-extraction)
 *   --skip-readability    time and score ours only
 *   --worst N             also list our N lowest-scoring pages
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksToReadingText } from '../src/clean/blocks.ts';
import {
  pageCounts,
  pageRatios,
  scorePredictions,
  type Score,
} from '../src/extract/bench/score.ts';
import { cleanHtmlPage } from '../src/extract/page/extract-page.ts';
import { readCommand, readErrorLine, wholeNumber } from './lib/command-line.ts';

const { values } = readCommand({
  name: 'bench:extract',
  summary:
    'Runs our extractor and Readability over the article-extraction benchmark in one run, ' +
    'scores both and the stored outputs of published tools, and prints one table.',
  operands: '',
  options: {
    dir: { type: 'string', default: resolve('../shared/benchmarks/article-extraction') },
    'skip-readability': { type: 'boolean', default: false },
    worst: { type: 'string', default: '0' },
  },
  help: {
    dir: 'benchmark folder (default ../shared/benchmarks/article-extraction)',
    'skip-readability': 'time and score ours only',
    worst: 'also list our N lowest-scoring pages',
  },
});

/** Figures the benchmark's README publishes for this half (F1, precision, recall). */
const PUBLISHED: Readonly<Record<string, readonly [number, number, number]>> = {
  rs_trafilatura: [0.968, 0.95, 0.988],
  go_trafilatura: [0.969, 0.953, 0.986],
  trafilatura: [0.962, 0.939, 0.985],
  newspaper: [0.948, 0.967, 0.929],
  readability_js: [0.944, 0.911, 0.979],
};

interface Page {
  readonly id: string;
  readonly html: string;
  readonly url: string;
}

type Predictions = Record<string, { articleBody: string }>;

async function loadPages(dir: string, truth: Record<string, { url?: string }>): Promise<Page[]> {
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  return Promise.all(
    files.map(async (f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(await readFile(join(dir, 'html', f))).toString('utf8');
      return { id, html, url: truth[id]?.url ?? 'https://example.com/' };
    }),
  );
}

function runOurs(pages: readonly Page[]): {
  predictions: Predictions;
  seconds: number;
  failures: string[];
} {
  const predictions: Predictions = {};
  const failures: string[] = [];
  const start = performance.now();
  for (const page of pages) {
    try {
      predictions[page.id] = {
        articleBody: blocksToReadingText(cleanHtmlPage(page.html, page.id).blocks),
      };
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      predictions[page.id] = { articleBody: '' };
    }
  }
  return { predictions, seconds: (performance.now() - start) / 1000, failures };
}

function readabilityText(html: string, url: string, virtualConsole: VirtualConsole): string {
  const dom = new JSDOM(html, { url, virtualConsole });
  try {
    return new Readability(dom.window.document).parse()?.textContent?.trim() ?? '';
  } finally {
    dom.window.close();
  }
}

/** Without style sheets and style attributes, which current jsdom's CSS parser can throw on. */
const withoutStyles = (html: string): string =>
  html.replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');

function runReadability(pages: readonly Page[]): {
  predictions: Predictions;
  seconds: number;
  retried: string[];
} {
  const predictions: Predictions = {};
  const retried: string[] = [];
  const virtualConsole = new VirtualConsole();
  const start = performance.now();
  for (const page of pages) {
    let text: string;
    try {
      text = readabilityText(page.html, page.url, virtualConsole);
    } catch {
      // jsdom threw (not readability): retry once without styles, so the score measures readability.
      retried.push(page.id);
      text = readabilityText(withoutStyles(page.html), page.url, virtualConsole);
    }
    predictions[page.id] = { articleBody: text };
  }
  return { predictions, seconds: (performance.now() - start) / 1000, retried };
}

const bodies = (p: Predictions): Record<string, string> =>
  Object.fromEntries(Object.entries(p).map(([id, v]) => [id, v.articleBody]));

function row(name: string, s: Score, pagesPerSecond: string): string {
  const f = (n: number): string => n.toFixed(3);
  return `| ${name.padEnd(34)} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${pagesPerSecond.padStart(8)} |`;
}

async function main(): Promise<number> {
  const dir = values.dir;
  const truthFile = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  const truth = Object.fromEntries(Object.entries(truthFile).map(([id, v]) => [id, v.articleBody]));
  const pages = await loadPages(dir, truthFile);
  const ours = runOurs(pages);
  const theirs = values['skip-readability'] ? null : runReadability(pages);
  await mkdir('.bench', { recursive: true });
  await writeFile(
    '.bench/extract-predictions.json',
    `${JSON.stringify(ours.predictions, null, 1)}\n`,
  );
  if (theirs) {
    await writeFile(
      '.bench/readability-predictions.json',
      `${JSON.stringify(theirs.predictions, null, 1)}\n`,
    );
  }
  const rate = (seconds: number): string => (pages.length / seconds).toFixed(1);
  const lines = [
    `${pages.length} pages from ${dir}`,
    '',
    '| tool                               | F1    | prec. | recall | pages/s  |',
    '|------------------------------------|-------|-------|--------|----------|',
    row(
      'ours (cleanHtmlPage)',
      scorePredictions(truth, bodies(ours.predictions)),
      rate(ours.seconds),
    ),
  ];
  if (theirs) {
    lines.push(
      row(
        '@mozilla/readability + jsdom (run)',
        scorePredictions(truth, bodies(theirs.predictions)),
        rate(theirs.seconds),
      ),
    );
  }
  for (const tool of Object.keys(PUBLISHED)) {
    const stored = JSON.parse(await readFile(join(dir, 'reference', `${tool}.json`), 'utf8')) as {
      output: Record<string, { articleBody?: string } | null>;
    };
    const predicted = Object.fromEntries(
      Object.entries(stored.output).map(([id, v]) => [id, v?.articleBody ?? '']),
    );
    const [f1, p, r] = PUBLISHED[tool] ?? [0, 0, 0];
    lines.push(
      `${row(`${tool} (stored output)`, scorePredictions(truth, predicted), '-')} README: ${f1} / ${p} / ${r}`,
    );
  }
  if (theirs)
    lines.push(
      '',
      `speed: ours is ${(theirs.seconds / ours.seconds).toFixed(1)}x readability+jsdom`,
    );
  for (const failure of ours.failures) lines.push(`failed: ${failure}`);
  for (const id of theirs?.retried ?? [])
    lines.push(`readability: jsdom threw on ${id}; retried without styles`);
  const worst = wholeNumber('bench:extract', 'worst', values.worst);
  if (worst > 0) {
    const scored = Object.keys(truth).map((id) => {
      const r = pageRatios(pageCounts(truth[id] ?? '', ours.predictions[id]?.articleBody ?? ''));
      return { id, p: r.precision ?? 0, r: r.recall ?? 0 };
    });
    scored.sort((a, b) => a.p + a.r - (b.p + b.r));
    lines.push(
      '',
      ...scored
        .slice(0, worst)
        .map((s) => `${s.id.slice(0, 12)} p=${s.p.toFixed(3)} r=${s.r.toFixed(3)}`),
    );
  }
  console.log(lines.join('\n'));
  return 0;
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
