import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { serializeEntry } from '../pipeline/entry-file.ts';
import { readEntryText } from './entry-text.ts';

describe('readEntryText', () => {
  it('reads back what the ingest writes', () => {
    const data = articleFixture({ id: 'a', title: 'no', published: '2025', text: 'Body.' });
    const markdown = 'Body.\n\n---\n\nMore.\n';
    expect(readEntryText(serializeEntry({ data, markdown }), 'a.md')).toEqual({
      data,
      body: markdown,
    });
  });

  it.each([
    ['no frontmatter', 'Just text.', 'a.md: no frontmatter'],
    ['a rule later on', 'Text.\n---\ntitle: x\n---\n', 'a.md: no frontmatter'],
    ['a list', '---\n- 1\n---\n\nBody', 'a.md: the frontmatter is not a mapping'],
    ['a string', '---\n"x"\n---\n\nBody', 'a.md: the frontmatter is not a mapping'],
  ])('refuses %s', (_name, contents, message) => {
    expect(() => readEntryText(contents, 'a.md')).toThrow(message);
  });

  it('reads back any title and body', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (title, markdown) => {
        const data = articleFixture({ id: 'a', title });
        expect(readEntryText(serializeEntry({ data, markdown }), 'a.md')).toEqual({
          data,
          body: markdown,
        });
      }),
    );
  });
});
