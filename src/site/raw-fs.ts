/**
 * Copies each input file, byte for byte, to its published name in `raw/` of the built site (see
 * `raw-files.ts`), and refuses bytes that are not the ones the entry was made from: a raw link must
 * always show the file as it was received. An entry made from a web archive's record links that
 * record's payload (the page that was cleaned), read again out of the archive, not the archive. Plain file copies, not pages: at 10,000 articles, rendering them as Astro endpoints
 * took a tenth of the build.
 *
 * `raw/` is kept from one build to the next (`kept-outputs.ts`): a file already there under its
 * published name whose bytes still have the input's SHA-256 is not copied again (reading it back
 * costs far less than reading the input and writing it); one whose bytes differ (damaged, or
 * edited by hand) is written again. Each is written whole under another name and then renamed, so
 * a build that stops midway never leaves part of one. A file no input publishes any more is
 * removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readIndex } from '../export/api-index-fs.ts';
import { recordFile } from '../export/api-paging.ts';
import { printableName } from '../ingest/printable-name.ts';
import { writeWhole } from '../pipeline/write-whole-fs.ts';
import { containerItems } from '../inputs/container-fs.ts';
import { Source } from '../schema/article.ts';
import { rawFileName } from './raw-files.ts';

/** The folder the inputs live in: `SEEDS_DIR`, or `seeds`. */
export function seedsDir(): string {
  return process.env.SEEDS_DIR ?? 'seeds';
}

/** The bytes of `file` in the seeds folder (at `path` there when it sits in a sub-folder), after
 * checking their SHA-256 is `sha256`; throws, naming the file, when it is missing or differs (the
 * entry is stale: run the ingest again). */
export async function readRawFile(
  file: string,
  sha256: string,
  path?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readFile(join(seedsDir(), path ?? basename(file)));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new Error(
      `${printableName(file)}: the file's SHA-256 is ${actual}, the entry says ${sha256}`,
    );
  }
  return Uint8Array.from(bytes);
}

const Picked = Source.pick({ file: true, sha256: true, path: true, record: true });
const Exported = z.array(
  z.object({
    source: Picked,
    versions: z.array(z.object({ captures: z.array(z.object({ source: Picked })) })).optional(),
  }),
);
type ExportedSource = z.infer<typeof Picked>;

/** True when the entry was made from a web archive's record: its raw input is that record's
 * payload, not the container. */
const isCapture = (s: ExportedSource): boolean =>
  s.record?.container === 'warc' || s.record?.container === 'wacz';

/** True when the file at `path` has the SHA-256 `sha256`. */
async function holdsBytes(path: string, sha256: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => null);
  return bytes !== null && createHash('sha256').update(bytes).digest('hex') === sha256;
}

/** Writes to `rawDir` the payloads of the records of the web archive `file` (at `path` in the
 * seeds folder) whose SHA-256 is in `wanted`, each as soon as the stream reaches it: the archive
 * is read once and never held, nor are its payloads. Returns how many were written. */
async function copyCapturedPayloads(
  file: string,
  path: string,
  wanted: ReadonlySet<string>,
  rawDir: string,
): Promise<number> {
  const written = new Set<string>();
  const items = await containerItems(file, join(seedsDir(), path), {});
  for await (const item of items ?? []) {
    if (item.kind !== 'payload') continue;
    const sha256 = createHash('sha256').update(item.bytes).digest('hex');
    if (!wanted.has(sha256) || written.has(sha256)) continue;
    await writeWhole(join(rawDir, rawFileName(file, sha256)), item.bytes);
    written.add(sha256);
  }
  for (const sha256 of wanted) {
    if (!written.has(sha256)) {
      throw new Error(`${printableName(file)}: holds no record with payload SHA-256 ${sha256}`);
    }
  }
  return written.size;
}

/** How many raw inputs a build publishes, and how many of them it wrote (the rest were there). */
export interface RawCount {
  readonly published: number;
  readonly written: number;
}

/** Writes each raw input `rawDir` does not hold yet under its published name, one at a time: a
 * file's own bytes, or for a web archive's record its payload, so the link shows the page that
 * was cleaned; then removes every other file there. */
async function writeRawInputs(
  sources: readonly ExportedSource[],
  rawDir: string,
): Promise<RawCount> {
  const held = new Set(await readdir(rawDir));
  let written = 0;
  const names = new Set<string>();
  const captures = new Map<string, { file: string; wanted: Set<string> }>();
  for (const source of sources) {
    const name = rawFileName(source.file, source.sha256);
    if (names.has(name)) continue;
    names.add(name);
    if (held.has(name) && (await holdsBytes(join(rawDir, name), source.sha256))) continue;
    if (isCapture(source)) {
      const key = source.path ?? source.file;
      const entry = captures.get(key) ?? { file: source.file, wanted: new Set<string>() };
      captures.set(key, entry.wanted.add(source.sha256) && entry);
    } else {
      const bytes = await readRawFile(source.file, source.sha256, source.path);
      await writeWhole(join(rawDir, name), bytes);
      written += 1;
    }
  }
  for (const [path, { file, wanted }] of captures) {
    written += await copyCapturedPayloads(file, path, wanted, rawDir);
  }
  for (const name of held) {
    if (!names.has(name)) await rm(join(rawDir, name), { force: true });
  }
  return { published: names.size, written };
}

/** Publishes the input of every article in the built site `outDir` (as its paged article index,
 * `api/articles/<n>.json`, and each article's record list them) in `outDir/raw/`, copying each
 * one not there yet after checking its hash; a web archive's record is published as its
 * payload. */
export async function copyRawInputs(outDir: string): Promise<RawCount> {
  const records: unknown[] = [];
  for (const { id } of await readIndex(outDir, 'articles')) {
    records.push(JSON.parse(await readFile(join(outDir, recordFile('articles', id)), 'utf8')));
  }
  const articles = Exported.parse(records);
  // Every capture of every version is evidence a version list links, not only the one shown.
  const sources = articles.flatMap(({ source, versions }) => [
    source,
    ...(versions ?? []).flatMap((v) => v.captures.map((c) => c.source)),
  ]);
  const hashes = new Map<string, string>();
  for (const { file, sha256 } of sources) {
    const name = rawFileName(file, sha256);
    const held = hashes.get(name);
    // Two inputs whose names and hash prefixes agree would overwrite each other's evidence.
    if (held !== undefined && held !== sha256) {
      throw new Error(`raw/${name}: two inputs with different bytes would be published here`);
    }
    hashes.set(name, sha256);
  }
  await mkdir(join(outDir, 'raw'), { recursive: true });
  return writeRawInputs(sources, join(outDir, 'raw'));
}
