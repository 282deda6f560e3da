import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REUSE_MEMO_FILE } from '../../src/pipeline/reuse-memo-fs.ts';

// Each run starts the ingest as its own process, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 240_000 });

const STORIES = [
  {
    title: 'Harbour bridge closed after engineers find cracks',
    day: '2025-03-04',
    quote: 'We will close the harbour bridge until the pillars are safe again for every driver',
    speaker: 'Councillor Ann Lee',
    body: 'Engineers found deep cracks in two pillars of the harbour bridge on Monday night. The bridge carries forty thousand cars a day and the detour adds twenty minutes to the trip.',
  },
  {
    title: 'River floods the old town as volunteers fill sandbags',
    day: '2025-04-12',
    quote: 'We will rebuild every house that the water has damaged in this town',
    speaker: 'Mayor Paul Grant',
    body: 'The river rose over its banks on Sunday and flooded the streets of the old town. Volunteers filled sandbags through the night while firefighters pumped water from cellars.',
  },
  {
    title: 'School board approves new plan for the district',
    day: '2025-05-20',
    quote: 'Every child in the district deserves a teacher who has time to listen',
    speaker: 'Superintendent Maria Ortiz',
    body: 'The school board voted six to one for a plan that hires forty teachers over two years. Parents packed the hall and several spoke for and against the cost of the plan.',
  },
];
const OUTLETS = ['Daily Courier', 'Evening Post', 'Valley Herald'];

/** One outlet's copy of a story (plain text): the same facts and quotation, its own opening. */
function copy(story: (typeof STORIES)[number], outlet: string): string {
  return [
    story.title,
    `${outlet} reports: ${story.body}`,
    `“${story.quote},” ${story.speaker} said on ${story.day}.`,
    `${story.speaker} spoke to reporters after the meeting, and the full statement was published later in the day by the office.`,
  ].join('\n\n');
}

/** Copies of the first `stories` stories in every outlet, with their outlets and dates as
 * curated facts, into a fresh seeds folder. (Plain text: the page extractor's wall-clock budget
 * could refuse a page on a loaded machine.) */
function seeds(stories: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'incremental-seeds-'));
  const facts: Record<string, unknown> = {};
  STORIES.slice(0, stories).forEach((story, s) =>
    OUTLETS.forEach((outlet, o) => {
      const name = `s${s}-o${o}.txt`;
      writeFileSync(join(dir, name), copy(story, outlet));
      facts[name] = {
        outlet: { value: outlet, note: 'Written for the test.' },
        published: { value: story.day, note: 'Written for the test.' },
      };
    }),
  );
  writeFileSync(join(dir, 'facts.json'), JSON.stringify({ files: facts }));
  return dir;
}

function ingest(seedsDir: string, out: string, ...more: string[]): void {
  const args = ['scripts/ingest.ts', '--seeds', seedsDir, '--out', out, '--quiet', ...more];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(run.stderr).toMatch(/^ingest: \d+ entries/m);
  expect(run.status).toBe(0);
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files.map((e) => [
      relative(dir, join(e.parentPath, e.name)),
      readFileSync(join(e.parentPath, e.name)),
    ]),
  );
}

describe('incremental ingest', () => {
  it('adds inputs to a cached archive with the same bytes as a cold build of them all', () => {
    const work = mkdtempSync(join(tmpdir(), 'incremental-'));
    const cache = join(work, 'cache');
    const before = seeds(2);
    const after = seeds(3);
    ingest(before, join(work, 'warm'), '--cache', cache, '--threads', '2');
    const own = join(cache, readdirSync(cache)[0] as string);
    // An entry per input, and the memo of the story pairs classified (three in each story).
    const entries = (): string[] => readdirSync(own).filter((f) => /^[0-9a-f]{64}\.json$/.test(f));
    const memoPairs = (): number =>
      (JSON.parse(readFileSync(join(own, REUSE_MEMO_FILE), 'utf8')) as { pairs: unknown[] }).pairs
        .length;
    expect(entries()).toHaveLength(6);
    expect(memoPairs()).toBe(6);
    ingest(after, join(work, 'warm'), '--cache', cache, '--threads', '2');
    ingest(after, join(work, 'cold'), '--no-cache', '--threads', '1');
    const warm = tree(join(work, 'warm'));
    const cold = tree(join(work, 'cold'));
    expect(warm.size).toBeGreaterThan(9);
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    for (const [file, bytes] of cold) expect(warm.get(file)?.equals(bytes), file).toBe(true);
    // The fixture exercises the analysis: each story's three copies are one story.
    const stories = JSON.parse(cold.get('corpus/stories.json')?.toString() ?? '[]') as {
      articles: string[];
    }[];
    expect(stories.map((s) => s.articles.length)).toEqual([3, 3, 3]);
    expect(entries()).toHaveLength(9);
    expect(memoPairs()).toBe(9);
  });

  it('takes a story pair’s classification from the memo instead of aligning the pair again', () => {
    const work = mkdtempSync(join(tmpdir(), 'incremental-'));
    const cache = join(work, 'cache');
    const inputs = seeds(1);
    ingest(inputs, join(work, 'first'), '--cache', cache, '--threads', '1');
    // A classification no alignment gives, planted in the memo: a rebuild that reads the memo
    // prints it; one that aligned the pair again would not.
    const path = join(cache, readdirSync(cache)[0] as string, REUSE_MEMO_FILE);
    const memo = JSON.parse(readFileSync(path, 'utf8')) as {
      pairs: [string, { shared: { a: number; b: number } } | null][];
    };
    for (const [, pair] of memo.pairs) if (pair) pair.shared = { a: 0.123, b: 0.456 };
    writeFileSync(path, JSON.stringify(memo));
    ingest(inputs, join(work, 'second'), '--cache', cache, '--threads', '1');
    const stories = readFileSync(join(work, 'second', 'corpus', 'stories.json'), 'utf8');
    expect(stories).toContain('0.123');
  });
});
