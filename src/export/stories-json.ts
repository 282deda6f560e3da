/**
 * The data contract of `api/stories.json`: the stories (articles covering the same event) and the
 * text reuse between their articles. The record itself is defined in
 * `src/schema/export-records.ts`.
 */
import type { StoryRecord } from '../schema/export-records.ts';
import type { Story } from '../schema/story.ts';

/** The export record of `story`: passages and source guesses stay internal. */
export function storyRecord(story: Story): StoryRecord {
  return {
    id: story.id,
    title: story.title,
    articles: [...story.articles],
    reuse: story.reuse.map((pair) => ({
      a: pair.a,
      b: pair.b,
      kind: pair.kind,
      shared: { a: pair.shared.a, b: pair.shared.b },
    })),
  };
}

/** The text of `api/stories.json`: every story's record, sorted by id. */
export function storiesJson(stories: readonly Story[]): string {
  const records = [...stories]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(storyRecord);
  return `${JSON.stringify(records, null, 2)}\n`;
}
