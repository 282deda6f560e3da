/** `raw/<file>`: each input file exactly as received (see `src/site/raw-files.ts` for names). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { rawFileName } from '../../site/raw-files.ts';
import { readRawFile } from '../../site/raw-fs.ts';

export const getStaticPaths = (async () => {
  const sources = new Map(
    (await getCollection('articles')).map(({ data }) => [data.source.file, data.source]),
  );
  return [...sources.values()].map((source) => ({
    params: { file: rawFileName(source.file) },
    props: { source },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: { file: string; sha256: string } }> = async ({ props }) => {
  const bytes = await readRawFile(props.source.file, props.source.sha256);
  return new Response(bytes);
};
