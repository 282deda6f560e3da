import { describe, expect, it } from 'vitest';
import { resultLink } from './search-links.ts';

describe('resultLink', () => {
  it.each([
    ['/articles/a/?highlight=bridge', '', '/articles/a/?highlight=bridge'],
    [
      '/articles/a/?highlight=%22bridge&highlight=closed%22',
      '',
      '/articles/a/?highlight=bridge&highlight=closed',
    ],
    ['/articles/a/?highlight=%22&highlight=x', '', '/articles/a/?highlight=x'],
    ['/articles/a/?highlight=x', 'p-3', '/articles/a/?highlight=x#p-3'],
    ['/articles/a/', '', '/articles/a/'],
    [
      'http://127.0.0.1:9/base/articles/a/?highlight=%C2%ABmot%C2%BB',
      'p-1',
      'http://127.0.0.1:9/base/articles/a/?highlight=mot#p-1',
    ],
  ])('%s #%s -> %s', (url, hash, expected) => {
    expect(resultLink(url, hash)).toBe(expected);
  });
});
