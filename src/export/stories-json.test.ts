import { describe, expect, it } from 'vitest';
import type { Story } from '../schema/story.ts';
import { storiesJson, storyRecord } from './stories-json.ts';

const story: Story = {
  id: 'story-a1',
  title: 'Vote',
  articles: ['a1', 'b2'],
  reuse: [
    {
      a: 'a1',
      b: 'b2',
      kind: 'syndicated',
      shared: { a: 0.9, b: 0.95 },
      source: 'a1',
      sourceReason: 'earlier-date',
      passages: [{ a: 0, b: 0, words: 40 }],
    },
  ],
};

describe('storyRecord', () => {
  it('keeps ids, kind and shares; passages and source stay internal', () => {
    expect(storyRecord(story)).toEqual({
      id: 'story-a1',
      title: 'Vote',
      articles: ['a1', 'b2'],
      reuse: [{ a: 'a1', b: 'b2', kind: 'syndicated', shared: { a: 0.9, b: 0.95 } }],
    });
  });

  it('storiesJson sorts by id', () => {
    const parsed = JSON.parse(storiesJson([{ ...story, id: 'story-z' }, story])) as Story[];
    expect(parsed.map((s) => s.id)).toEqual(['story-a1', 'story-z']);
  });
});
