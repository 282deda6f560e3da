/**
 * The data contract of `api/stories.json`: the stories (articles covering the same event) and the
 * text reuse between their articles. Field names are a public contract (documented in the
 * README): later work adds fields, never renames them.
 */
import type { ReuseKind, Story } from '../schema/story.ts';

/** One story as exported: its article ids (sorted) and each related pair, with how it is related
 * and the share of each article's words inside passages the two print word for word. */
export interface StoryRecord {
  readonly id: string;
  readonly title: string;
  readonly articles: readonly string[];
  readonly reuse: readonly {
    readonly a: string;
    readonly b: string;
    readonly kind: ReuseKind;
    readonly shared: { readonly a: number; readonly b: number };
  }[];
}

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
