import { describe, expect, it } from 'vitest';
import type { Removal } from '../schema/article.ts';
import { noticeMeta } from './notice-meta.ts';

describe('noticeMeta', () => {
  it.each<[string, Removal[], ReturnType<typeof noticeMeta>]>([
    ['nothing removed', [], { outlet: null, published: null }],
    [
      'a copyright line',
      [{ rule: 'copyright-line', text: '© 2024 Example Times. All rights reserved.' }],
      {
        outlet: { name: 'Example Times', origin: 'copyright' },
        published: { value: '2024', precision: 'year', origin: 'copyright' },
      },
    ],
    [
      'a homepage footer only',
      [{ rule: 'homepage-footer', text: 'Save the Daily Example homepage for more news' }],
      { outlet: { name: 'Daily Example', origin: 'footer' }, published: null },
    ],
    [
      'a copyright line wins over a footer',
      [
        { rule: 'homepage-footer', text: 'Save the Daily Example homepage for more news' },
        { rule: 'copyright-line', text: '© 2023 Example Times. All rights reserved.' },
      ],
      {
        outlet: { name: 'Example Times', origin: 'copyright' },
        published: { value: '2023', precision: 'year', origin: 'copyright' },
      },
    ],
  ])('%s', (_name, removed, expected) => {
    expect(noticeMeta(removed)).toEqual(expected);
  });
});
