/**
 * Reads what the benchmark needs to score our stories against the generator's plan: the stories
 * the ingest wrote (`src/content/archive/corpus/stories.json`) and each article's input file (from the
 * built site's paged article index, `api/articles/<n>.json`), mapped to the planned story of that file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchivePlan } from './archive-plan.ts';
import { readIndex } from '../../src/export/api-index-fs.ts';
import { type StoryAgreement, storyAgreement } from './story-agreement.ts';

/** The agreement of the stories built in the project copy `site` with `plan`. */
export async function readStoryAgreement(site: string, plan: ArchivePlan): Promise<StoryAgreement> {
  const read = async <T>(path: string): Promise<T> =>
    JSON.parse(await readFile(join(site, path), 'utf8')) as T;
  const stories = await read<{ articles: string[] }[]>('src/content/archive/corpus/stories.json');
  const articles = await readIndex(join(site, 'dist'), 'articles');
  const storyOfFile = new Map(plan.copies.map((c) => [c.file, c.story]));
  const plannedStory = new Map<string, number>();
  for (const a of articles) {
    const story = storyOfFile.get(String(a['file']));
    if (story !== undefined) plannedStory.set(a.id, story);
  }
  return storyAgreement(
    stories.map((s) => s.articles),
    plannedStory,
  );
}
