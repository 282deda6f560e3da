/**
 * The sharding demo (`npm run bench:shards`): one synthetic archive split by year into K shards,
 * each built on its own exactly as `npm run build` builds the archive (under its own base path,
 * `/shard-<k>/`), and one search page that searches all of them through Pagefind's `mergeIndex`.
 * Chromium checks that one query finds results from every shard. Also counts the stories whose
 * copies fall in different shards: what the plan in the README must keep correct.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { planArchive } from './archive-plan.ts';
import { buildSentencePool } from './sentence-pool.ts';
import { shardOf, yearShards } from './shard-plan.ts';
import { writeArchive } from './bench-archive-fs.ts';
import { buildOurs, isFailed } from './bench-build-fs.ts';
import { copyProject } from './bench-project-fs.ts';
import { serveStatic } from './bench-serve-fs.ts';

const SEARCH_PAGE = (bases: readonly string[]): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search every shard</title></head>
<body><h1>Search every shard</h1>
<form id="search-form"><label>Search <input name="q"></label> <button>Search</button></form>
<ol id="search-results"></ol>
<script type="module">
const bases = ${JSON.stringify(bases)};
const pagefind = await import(bases[0] + 'pagefind/pagefind.js');
await pagefind.options({ baseUrl: bases[0] });
for (const base of bases.slice(1)) await pagefind.mergeIndex(base + 'pagefind/', { baseUrl: base });
window.searchAll = async (q, limit = 200) => {
  const found = await pagefind.search(q);
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return { total: found.results.length, urls: data.map((d) => d.url) };
};
const form = document.getElementById('search-form');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { urls } = await window.searchAll(new FormData(form).get('q'), 20);
  document.getElementById('search-results').replaceChildren(...urls.map((url) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = url;
    li.append(a);
    return li;
  }));
});
window.searchReady = true;
</script></body></html>
`;

/** Runs the demo with `k` shards of an archive of `articles`; returns the process exit code. */
export async function runShards(
  repo: string,
  bench: string,
  k: number,
  articles: number,
  seed: number,
  paragraphs: readonly string[],
): Promise<number> {
  const dir = join(bench, `shards-${articles}`);
  const plan = planArchive(articles, seed, buildSentencePool(paragraphs));
  const shards = yearShards(plan, k);
  const fileShard = new Map(plan.copies.map((c) => [c.file, shardOf(shards, c.published)]));
  const bases = shards.map((_, n) => `/shard-${n}/`);
  for (const n of shards.keys()) {
    const shardDir = join(dir, `shard-${n}`);
    console.error(`\n== shard ${n}: ${shards[n]?.from}–${shards[n]?.to} ==`);
    await writeArchive(
      articles,
      seed,
      paragraphs,
      join(shardDir, 'seeds'),
      (file) => fileShard.get(file) === n,
    );
    await copyProject(repo, join(shardDir, 'site'), join(shardDir, 'seeds'));
    const build = await buildOurs(
      repo,
      join(shardDir, 'site'),
      join(shardDir, 'logs'),
      articles / k,
      {
        BASE_PATH: bases[n] ?? '/',
      },
    );
    if (isFailed(build)) {
      console.error(`shard ${n}: build failed at "${build.failed}"; see ${build.log}`);
      return 1;
    }
  }
  const crossShard = crossShardStories(plan.copies, fileShard);
  const query = plan.queries.word;
  const found = await searchAllShards(dir, bases, query);
  const perShard = bases.map((base) => found.urls.filter((url) => url.startsWith(base)).length);
  const ok = perShard.every((n) => n > 0);
  console.log(
    [
      `\nshards (by year): ${shards.map((s, n) => `${bases[n]} ${s.from}–${s.to}`).join(', ')}`,
      `stories with copies in more than one shard: ${crossShard} of ${plan.stories.length}`,
      `merged search for "${query}": ${found.total} results; of the first ${found.urls.length}, per shard: ${perShard.join(' + ')}`,
      ok
        ? 'OK: one search page finds results from every shard'
        : 'FAILED: some shard has no result',
    ].join('\n'),
  );
  await writeFile(
    join(bench, `shards-${articles}.json`),
    `${JSON.stringify({ shards, bases, crossShard, stories: plan.stories.length, query, total: found.total, perShard, ok }, null, 2)}\n`,
  );
  return ok ? 0 : 1;
}

/** How many stories have copies in more than one shard. */
function crossShardStories(
  copies: readonly { story: number; file: string }[],
  fileShard: ReadonlyMap<string, number>,
): number {
  const spans = new Map<number, Set<number>>();
  for (const c of copies)
    spans.set(c.story, (spans.get(c.story) ?? new Set()).add(fileShard.get(c.file) ?? -1));
  return [...spans.values()].filter((s) => s.size > 1).length;
}

/** Serves the built shards under their base paths beside one search page merging their indexes,
 * and searches `query` there in Chromium. */
async function searchAllShards(
  dir: string,
  bases: readonly string[],
  query: string,
): Promise<{ total: number; urls: string[] }> {
  await mkdir(join(dir, 'search'), { recursive: true });
  await writeFile(join(dir, 'search', 'index.html'), SEARCH_PAGE(bases));
  const server = await serveStatic([
    { prefix: '/', dir: join(dir, 'search') },
    ...bases.map((base, n) => ({ prefix: base, dir: join(dir, `shard-${n}`, 'site', 'dist') })),
  ]);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(
      () => (window as unknown as { searchReady?: boolean }).searchReady === true,
    );
    return await page.evaluate(
      (q) =>
        (
          window as unknown as { searchAll(q: string): Promise<{ total: number; urls: string[] }> }
        ).searchAll(q),
      query,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
