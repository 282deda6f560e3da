/**
 * The two sites a benchmark run builds, each in its own folder under `.bench/` so nothing in the
 * repository's `src/content/` or `dist/` is touched:
 *
 * - ours: a copy of the project's sources (src, scripts, public, configs), whose content folders
 *   start empty; packages resolve from the repository's node_modules (Node walks up the tree);
 * - the baseline: a minimal Astro site of plain Markdown pages (title and body) made from the same
 *   clean entries, with one page per article and an index, indexed by Pagefind the same way.
 */
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { DistFile } from './dist-breakdown.ts';

const COPIED = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'pagefind.yml',
];
const EMPTIED = ['src/content/archive'];

/** Makes `dir` a fresh copy of the project at `repo`, with empty content folders and `seeds`
 * linked to `seedsDir` (the site serves each input as received from there). */
export async function copyProject(repo: string, dir: string, seedsDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of COPIED) {
    await cp(join(repo, name), join(dir, name), {
      recursive: true,
      // The content folders are not copied at all, as the repository's own ingest may be
      // writing them meanwhile (npm test runs it beside the fixture sites' builds).
      filter: (source) =>
        !/news-archive-(?:tmp|old)-\d+$/.test(source) &&
        !EMPTIED.some((name) => source === join(repo, name)),
    });
  }
  await symlink(relative(dir, seedsDir), join(dir, 'seeds'));
}

const BASELINE_FILES: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "bench-baseline", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', outDir: process.env.OUT_DIR ?? './dist' });\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/articles' }) }) };
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
<body><main data-pagefind-body><slot /></main></body></html>
`,
  'src/pages/articles/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}><h1>{entry.data.title}</h1><Content /></Page>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const entries = await getCollection('articles');
---
<Page title="Articles"><h1>Articles</h1><ul>{entries.map((e) => <li><a href={\`/articles/\${e.id}/\`}>{e.data.title}</a></li>)}</ul></Page>
`,
};

/** Writes the baseline site into `dir` with one plain Markdown page per entry of `entriesDir`
 * (title in the frontmatter, the clean body below); returns how many. */
export async function writeBaseline(entriesDir: string, dir: string): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  const articles = join(dir, 'src/content/articles');
  await mkdir(articles, { recursive: true });
  for (const [name, text] of Object.entries(BASELINE_FILES)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  const names = (await readdir(entriesDir)).filter((n) => n.endsWith('.md'));
  for (const name of names) {
    const text = await readFile(join(entriesDir, name), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const front = parse(text.slice(4, end)) as { title?: string };
    const body = text.slice(end + 5).trimStart();
    await writeFile(
      join(articles, name),
      `---\ntitle: ${JSON.stringify(front.title ?? name)}\n---\n\n${body}`,
    );
  }
  return names.length;
}

/** Every file under `dir` with its size, paths relative to `dir` with forward slashes. */
export async function listFiles(dir: string): Promise<DistFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const files: DistFile[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    files.push({ path: relative(dir, full).split(sep).join('/'), bytes: (await stat(full)).size });
  }
  return files;
}

/** Total bytes and file count of a folder tree (0, 0 when it does not exist). */
export async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    files += 1;
  }
  return { bytes, files };
}
