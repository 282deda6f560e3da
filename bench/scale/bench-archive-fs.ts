/**
 * Writing a generated archive to disk: the real paragraphs it is made of are read from the
 * article-extraction benchmark's ground truth, the inputs go into a fresh seeds folder with their
 * curated facts file, and the plan's summary beside it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArchivePlan } from './archive-plan.ts';
import { archiveFacts, generateArchive, planSummary } from './generate-archive.ts';
import { startProgress } from '../../scripts/lib/progress.ts';

/** Where the real paragraphs come from (88 news article bodies, MIT licence, see its LICENSE). */
export const GROUND_TRUTH = '/work/shared/benchmarks/article-extraction/ground-truth.json';

/** Every paragraph of the ground-truth articles, in id order. */
export async function readParagraphs(path = GROUND_TRUTH): Promise<string[]> {
  const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.keys(json)
    .sort()
    .flatMap((id) => (json[id]?.articleBody ?? '').split('\n\n'))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Generates an archive of `articles` inputs into `seedsDir` (replaced), with a progress display;
 * returns its plan and the bytes written. */
export async function writeArchive(
  articles: number,
  seed: number,
  paragraphs: readonly string[],
  seedsDir: string,
  filter: (file: string) => boolean = () => true,
): Promise<{ plan: ArchivePlan; bytes: number }> {
  const archive = generateArchive(articles, seed, paragraphs);
  await rm(seedsDir, { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  const progress = startProgress('generate', articles);
  let bytes = 0;
  for (const file of archive.files) {
    progress.tick();
    if (!filter(file.file)) continue;
    await writeFile(join(seedsDir, file.file), file.bytes);
    bytes += file.bytes.length;
  }
  progress.done();
  const facts = archiveFacts(archive.plan);
  facts.files = Object.fromEntries(Object.entries(facts.files).filter(([name]) => filter(name)));
  await writeFile(join(seedsDir, 'facts.json'), `${JSON.stringify(facts, null, 2)}\n`);
  await writeFile(
    join(seedsDir, '..', 'plan.json'),
    `${JSON.stringify(planSummary(archive.plan), null, 2)}\n`,
  );
  return { plan: archive.plan, bytes };
}

/** The SHA-256 of each input in `seedsDir` (a missing folder has none), by file name. */
export async function seedHashes(seedsDir: string): Promise<Map<string, string>> {
  const names = await readdir(seedsDir).catch(() => [] as string[]);
  const hashes = new Map<string, string>();
  for (const name of names.filter((n) => n !== 'facts.json')) {
    hashes.set(
      name,
      createHash('sha256')
        .update(await readFile(join(seedsDir, name)))
        .digest('hex'),
    );
  }
  return hashes;
}
