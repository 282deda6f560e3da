/**
 * Reading the two extraction benchmarks of `../shared/benchmarks/` from disk: each page's bytes
 * exactly as stored (gunzipped, never decoded here), its address, and the benchmark's truth.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BenchPage } from './extractors.ts';
import type { PassageAnnotation } from './passage-score.ts';

/** The pages of a benchmark folder's `html/<id>.html.gz`, in id order. */
async function readPages(
  dir: string,
  urls: Readonly<Record<string, string>>,
): Promise<BenchPage[]> {
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  return Promise.all(
    files.map(async (file) => {
      const id = file.replace(/\.html\.gz$/, '');
      const bytes = new Uint8Array(gunzipSync(await readFile(join(dir, 'html', file))));
      // Some addresses are labels ("hard::blog.html"); jsdom needs a URL.
      const url = /^https?:\/\//.test(urls[id] ?? '') ? (urls[id] ?? '') : 'https://example.com/';
      return { id, bytes, url };
    }),
  );
}

/** `article-extraction`: pages and each page's true main text. */
export async function readArticleBenchmark(
  dir: string,
): Promise<{ pages: BenchPage[]; truth: Record<string, string> }> {
  const file = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  const urls = Object.fromEntries(Object.entries(file).map(([id, v]) => [id, v.url ?? '']));
  const truth = Object.fromEntries(Object.entries(file).map(([id, v]) => [id, v.articleBody]));
  return { pages: await readPages(dir, urls), truth };
}

/** `multilingual-extraction`: pages and each page's passages with and without. */
export async function readMultilingualBenchmark(
  dir: string,
): Promise<{ pages: BenchPage[]; annotations: Record<string, PassageAnnotation> }> {
  const file = JSON.parse(await readFile(join(dir, 'annotations.json'), 'utf8')) as Record<
    string,
    PassageAnnotation & { url?: string }
  >;
  const urls = Object.fromEntries(Object.entries(file).map(([id, v]) => [id, v.url ?? '']));
  return { pages: await readPages(dir, urls), annotations: file };
}

/** The stored output of a published tool (`reference/<tool>.json`), as page id -> text. */
export async function readReferenceOutput(
  dir: string,
  tool: string,
): Promise<Record<string, string>> {
  const stored = JSON.parse(await readFile(join(dir, 'reference', `${tool}.json`), 'utf8')) as {
    output: Record<string, { articleBody?: string } | null>;
  };
  return Object.fromEntries(
    Object.entries(stored.output).map(([id, v]) => [id, v?.articleBody ?? '']),
  );
}
