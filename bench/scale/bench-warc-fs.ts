/**
 * `npm run bench -- --warc`: the synthetic archive's web pages as one crawl's WARC
 * (`.bench/warc-N/warc/seeds/crawl.warc.gz`, see `crawl-plan.ts`), and the same article pages as
 * loose files (`.bench/warc-N/loose/seeds/`); the loose files' ingest, then the WARC built end to
 * end as `npm run build` builds, each in its own copy of the project. Prints the ingests side by
 * side (time, ratio, peak memory), records per second, and the count check: every article capture
 * of the crawl named in the built entries' provenance.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { buildOurs, isFailed, runIngest } from './bench-build-fs.ts';
import { copyProject } from './bench-project-fs.ts';
import { type CrawlOptions, planCrawl, webPages } from './crawl-plan.ts';
import { generateArchive } from './generate-archive.ts';
import { captureRecords, recordIds, warcInfo } from './write-warc.ts';
import {
  checkCaptures,
  entriesFromLog,
  type ExpectedCapture,
  namedRecordIds,
  skippedFromLog,
  type WarcBenchResult,
  warcReport,
} from './warc-check.ts';
import { startProgress } from '../../scripts/lib/progress.ts';
import { deriveSeed } from './prng.ts';

const WARC_NAME = 'crawl.warc.gz';

/** What writing the crawl gave: the page captures to find again, records by type, loose files. */
interface WrittenCrawl {
  readonly expected: ExpectedCapture[];
  readonly records: Record<string, number>;
  readonly looseFiles: number;
}

/** The loose file a changed page is saved as beside its first version. */
const changedName = (file: string): string => file.replace(/(\.[a-z]+)$/, '-changed$1');

async function writeCrawl(
  articles: number,
  seed: number,
  paragraphs: readonly string[],
  crawl: CrawlOptions,
  dir: string,
): Promise<WrittenCrawl> {
  for (const d of ['warc/seeds', 'loose/seeds']) {
    await rm(join(dir, d), { recursive: true, force: true });
    await mkdir(join(dir, d), { recursive: true });
  }
  const archive = generateArchive(articles, seed, paragraphs);
  const out = createWriteStream(join(dir, 'warc/seeds', WARC_NAME));
  const write = async (member: Uint8Array): Promise<void> => {
    if (!out.write(member)) await once(out, 'drain');
  };
  const ids = recordIds(deriveSeed(seed, 'warc'));
  const records: Record<string, number> = { warcinfo: 1, request: 0, response: 0, revisit: 0 };
  await write(await warcInfo(ids, '2026-01-01T00:00:00Z'));
  const expected: ExpectedCapture[] = [];
  let looseFiles = 0;
  const progress = startProgress('crawl', webPages(archive.plan));
  for (const capture of planCrawl(archive, crawl)) {
    const { members, responseId } = await captureRecords(capture, ids);
    for (const member of members) await write(member);
    records.request = (records.request ?? 0) + 1;
    const type = capture.kind === 'revisit' ? 'revisit' : 'response';
    records[type] = (records[type] ?? 0) + 1;
    if (capture.kind !== 'page') continue;
    if (capture.role === 'first') progress.tick();
    expected.push({ id: responseId, role: capture.role });
    if (capture.role === 'same') continue;
    const name = capture.role === 'first' ? capture.file : changedName(capture.file);
    await writeFile(join(dir, 'loose/seeds', name), capture.payload);
    looseFiles += 1;
  }
  out.end();
  await once(out, 'finish');
  progress.done();
  return { expected, records, looseFiles };
}

/** Every file's text under `dir`, however deep. */
async function treeText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return parts.join('\n');
}

/** Runs the WARC benchmark at `articles` inputs; writes `.bench/results-warc-N.json`. Returns
 * the exit code: 1 when a build failed or a capture did not come through. */
export async function runWarcBench(
  repo: string,
  bench: string,
  options: { articles: number; seed: number; crawl: CrawlOptions },
  paragraphs: readonly string[],
): Promise<number> {
  const { articles, seed, crawl } = options;
  const dir = join(bench, `warc-${articles}`);
  console.error(`\n== WARC, N = ${articles} ==`);
  const written = await writeCrawl(articles, seed, paragraphs, crawl, dir);
  const warcBytes = (await stat(join(dir, 'warc/seeds', WARC_NAME))).size;
  console.error(`crawl: ${WARC_NAME}, ${(warcBytes / 1024 / 1024).toFixed(1)} MB`);
  await copyProject(repo, join(dir, 'loose/site'), join(dir, 'loose/seeds'));
  await copyProject(repo, join(dir, 'warc/site'), join(dir, 'warc/seeds'));
  console.error('loose files:');
  const looseStages = await runIngest(repo, join(dir, 'loose/site'), join(dir, 'logs/loose'));
  console.error('WARC:');
  const warc = await buildOurs(repo, join(dir, 'warc/site'), join(dir, 'logs/warc'), articles);
  if (isFailed(warc)) {
    console.error(`the WARC build failed at "${warc.failed}"; see ${warc.log}`);
    return 1;
  }
  const lines = async (side: string): Promise<string[]> =>
    (await readFile(join(dir, 'logs', side, 'ingest.log'), 'utf8')).split('\n');
  const log = await lines('warc');
  const skipped = skippedFromLog(log, WARC_NAME);
  const named = namedRecordIds(await treeText(join(dir, 'warc/site/src/content/archive')));
  const duplicates = skipped.get('duplicate capture (same address, same payload)') ?? 0;
  const result: WarcBenchResult = {
    articles,
    warcBytes,
    records: written.records,
    loose: { files: written.looseFiles, stages: looseStages },
    warc: { stages: warc.stages },
    skipped: Object.fromEntries(skipped),
    entries: { loose: entriesFromLog(await lines('loose')), warc: entriesFromLog(log) },
    check: checkCaptures(written.expected, named, duplicates),
  };
  const report = warcReport(result);
  console.log(`\n${report}\n`);
  const json = join(bench, `results-warc-${articles}.json`);
  const record = { date: new Date().toISOString(), seed, crawl, result, report };
  await writeFile(json, `${JSON.stringify(record, null, 2)}\n`);
  console.error(`written: ${json}`);
  return result.check.ok ? 0 : 1;
}
