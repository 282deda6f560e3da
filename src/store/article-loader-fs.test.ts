import { EventEmitter } from 'node:events';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { serializeEntry } from '../pipeline/entry-file.ts';
import type { Article } from '../schema/article.ts';
import type { LoaderContext } from 'astro/loaders';
import { articleLoader, syncArticles, type SyncContext } from './article-loader-fs.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  digest?: string | number;
  rendered?: { html: string };
}

/** Enough of Astro's loader context: a map for a store, a digest of the string, Markdown
 * paragraphs as `<p>`, and a record of every `set`. */
function fakeContext(): SyncContext & { entries: Map<string, Stored>; sets: string[] } {
  const entries = new Map<string, Stored>();
  const sets: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      sets.push(entry.id);
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  return {
    entries,
    sets,
    store: store as unknown as SyncContext['store'],
    generateDigest: (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    parseData: (props) => Promise.resolve(props.data),
    renderMarkdown: (body) =>
      Promise.resolve({
        html: body
          .trim()
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('\n'),
      }),
  };
}

const article = (id: string, text: string): Article => articleFixture({ id, text });

describe('syncArticles', () => {
  let folder = '';
  const write = (a: Article): Promise<void> =>
    writeFile(join(folder, `${a.id}.md`), serializeEntry({ data: a, markdown: `${a.text}\n` }));

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'article-loader-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('stores each article once: rendered body, no Markdown body, text left out', async () => {
    await write(article('a', 'One.\n\nTwo.'));
    const context = fakeContext();
    expect(await syncArticles(context, folder)).toEqual({ stored: 1, unchanged: 0, removed: 0 });
    const entry = context.entries.get('a');
    expect(entry?.rendered).toEqual({ html: '<p>One.</p>\n<p>Two.</p>' });
    expect(entry).not.toHaveProperty('body');
    expect(entry?.data).not.toHaveProperty('text');
  });

  it('rewrites nothing on a second sync of the same files', async () => {
    await write(article('a', 'One.'));
    await write(article('b', 'Two.'));
    const context = fakeContext();
    await syncArticles(context, folder);
    context.sets.length = 0;
    expect(await syncArticles(context, folder)).toEqual({ stored: 0, unchanged: 2, removed: 0 });
    expect(context.sets).toEqual([]);
  });

  it('stores only the changed file and removes the deleted one', async () => {
    await write(article('a', 'One.'));
    await write(article('b', 'Two.'));
    await write(article('c', 'Three.'));
    const context = fakeContext();
    await syncArticles(context, folder);
    context.sets.length = 0;
    await write(article('b', 'Two, changed.'));
    await unlink(join(folder, 'c.md'));
    expect(await syncArticles(context, folder)).toEqual({ stored: 1, unchanged: 1, removed: 1 });
    expect(context.sets).toEqual(['b']);
    expect([...context.entries.keys()].sort()).toEqual(['a', 'b']);
  });

  it('refuses a file not named after its article', async () => {
    await writeFile(
      join(folder, 'x.md'),
      serializeEntry({ data: article('a', 'One.'), markdown: 'One.\n' }),
    );
    await expect(syncArticles(fakeContext(), folder)).rejects.toThrow(
      'x.md: holds the article "a"',
    );
  });
});

describe('articleLoader', () => {
  it('syncs again once the entry files stop changing, in the development server', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'article-loader-'));
    try {
      const file = join(folder, 'a.md');
      await writeFile(file, serializeEntry({ data: article('a', 'One.'), markdown: 'One.\n' }));
      const watcher = new EventEmitter();
      const logged: string[] = [];
      const context = {
        ...fakeContext(),
        watcher,
        config: { root: pathToFileURL(`${folder}/`) },
        logger: { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m) },
      } as unknown as LoaderContext;
      await articleLoader(folder).load(context);
      expect(logged).toEqual(['1 stored, 0 unchanged, 0 removed']);
      await writeFile(file, serializeEntry({ data: article('a', 'Two.'), markdown: 'Two.\n' }));
      watcher.emit('all', 'change', file);
      watcher.emit('all', 'change', join(folder, 'other.txt'));
      watcher.emit('all', 'change', file);
      await new Promise((done) => setTimeout(done, 600));
      expect(logged).toEqual([
        '1 stored, 0 unchanged, 0 removed',
        '1 stored, 0 unchanged, 0 removed',
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
