/**
 * Copies each input file, byte for byte, to its published name in `raw/` of the built site (see
 * `raw-files.ts`), and refuses bytes that are not the ones the entry was made from: a raw link must
 * always show the file as it was received. An entry made from a web archive's record links that
 * record's payload (the page that was cleaned), read again out of the archive, not the archive. Plain file copies, not pages: at 10,000 articles, rendering them as Astro endpoints
 * took a tenth of the build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readIndex } from '../export/api-index-fs.ts';
import { recordFile } from '../export/api-paging.ts';
import { printableName } from '../ingest/printable-name.ts';
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

/** The payloads of the records of the web archive `file` (at `path` in the seeds folder) whose
 * SHA-256 is in `wanted`, read by streaming the archive once. */
async function capturedPayloads(
  file: string,
  path: string,
  wanted: ReadonlySet<string>,
): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  const items = await containerItems(file, join(seedsDir(), path), {});
  for await (const item of items ?? []) {
    if (item.kind !== 'payload') continue;
    const sha256 = createHash('sha256').update(item.bytes).digest('hex');
    if (wanted.has(sha256)) found.set(sha256, item.bytes);
  }
  for (const sha256 of wanted) {
    if (!found.has(sha256)) {
      throw new Error(`${printableName(file)}: holds no record with payload SHA-256 ${sha256}`);
    }
  }
  return found;
}

/** The bytes each raw input is published with, by published name: a file's own bytes, or for
 * a web archive's record its payload, so the link shows the page that was cleaned. */
async function rawBytes(sources: readonly ExportedSource[]): Promise<Map<string, Uint8Array>> {
  const byName = new Map<string, Uint8Array>();
  const captures = new Map<string, { file: string; wanted: Set<string> }>();
  for (const source of sources) {
    const name = rawFileName(source.file, source.sha256);
    if (byName.has(name)) continue;
    if (isCapture(source)) {
      const key = source.path ?? source.file;
      const entry = captures.get(key) ?? { file: source.file, wanted: new Set<string>() };
      captures.set(key, entry.wanted.add(source.sha256) && entry);
    } else byName.set(name, await readRawFile(source.file, source.sha256, source.path));
  }
  for (const [path, { file, wanted }] of captures) {
    for (const [sha256, bytes] of await capturedPayloads(file, path, wanted)) {
      byName.set(rawFileName(file, sha256), bytes);
    }
  }
  return byName;
}

/** Copies the input of every article in the built site `outDir` (as its paged article index,
 * `api/articles/<n>.json`, and each article's record list them) to `outDir/raw/`, checking each
 * file's hash; a web archive's record is published as its payload. Returns how many were
 * copied. */
export async function copyRawInputs(outDir: string): Promise<number> {
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
  const published = await rawBytes(sources);
  for (const [name, bytes] of published) await writeFile(join(outDir, 'raw', name), bytes);
  return published.size;
}
