import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.ts';
import { looksLikeWordPressPost, readWordPressPosts } from './wordpress.ts';

const CONTENT = '<p>The bridge reopened on Monday after two years of repairs, officials said.</p>';

function post(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 42,
    date: '2025-07-04T09:30:00',
    link: 'https://news.example.org/2025/07/bridge/',
    title: { rendered: 'Bridge Reopens' },
    content: { rendered: CONTENT, protected: false },
    ...fields,
  };
}

/** `value` as a JSON file holds it (undefined fields dropped), read as posts. */
const read = (value: unknown) => readWordPressPosts(JSON.parse(JSON.stringify(value)), 'f.json');

describe('readWordPressPosts', () => {
  it('reads a single post and an array of posts', () => {
    expect(read(post())).toHaveLength(1);
    expect(read([post(), post({ id: 43 })]).map((p) => p.id)).toEqual([42, 43]);
  });

  it.each([
    [
      'JSON that is not a post',
      { name: 'My Site', url: 'https://x' },
      /not a WordPress REST API post/,
    ],
    [
      'a WordPress error object',
      { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } },
      /API error.*rest_post_invalid_id/,
    ],
    ['an empty array', [], /holds no posts/],
    ['an array with a non-post', [post(), 7], /post 2 of 2 is JSON that is not/],
    ['a post with no content', post({ content: undefined }), /has no content/],
    [
      'a post with empty content',
      post({ content: { rendered: ' ', protected: true } }),
      /has no content \(password-protected\)/,
    ],
    ['a post whose content is not HTML text', post({ content: { rendered: 5 } }), /has no content/],
  ])('refuses %s with a one-line InputError naming the file', (_name, value, reason) => {
    let caught: unknown;
    try {
      read(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toMatch(/^f\.json: /);
    expect((caught as InputError).message).toMatch(reason);
    expect((caught as InputError).message).not.toContain('\n');
  });

  it('reads a field of the wrong shape as absent', () => {
    const [one] = read(post({ meta: [], class_list: 'x', title: 5 }));
    expect(one?.meta).toBeUndefined();
    expect(one?.class_list).toBeUndefined();
    expect(one?.title).toBeUndefined();
  });

  it('only ever throws InputError, whatever JSON it is given', () => {
    const values = fc.oneof(
      fc.jsonValue(),
      fc.jsonValue().map((v) => ({ ...post(), content: v })),
      fc.jsonValue().map((v) => [post({ title: v, class_list: v, yoast_head_json: v })]),
    );
    fc.assert(
      fc.property(values, (value) => {
        try {
          read(value);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});

describe('looksLikeWordPressPost', () => {
  it.each([
    [post(), true],
    [{ id: 1, title: { rendered: 'x' } }, true],
    [{ title: { rendered: 'x' } }, false],
    [{ id: 1, content: 'plain' }, false],
    [[post()], false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(looksLikeWordPressPost(value)).toBe(expected);
  });
});
