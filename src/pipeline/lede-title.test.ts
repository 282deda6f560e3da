import { describe, expect, it } from 'vitest';
import { ledeTitle, MAX_LEDE_TITLE } from './lede-title.ts';

describe('ledeTitle', () => {
  it('drops the final full stop and keeps the words exactly', () => {
    expect(ledeTitle('Chicgo’s mayor spoke Wednesday. More text.')).toBe(
      'Chicgo’s mayor spoke Wednesday',
    );
  });
  it('cuts a long sentence at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const title = ledeTitle(long);
    expect(title).not.toBeNull();
    expect(title!.length).toBeLessThanOrEqual(MAX_LEDE_TITLE + 1);
    expect(title!.endsWith('word…')).toBe(true);
  });
  it('returns null for a lede without words', () => {
    expect(ledeTitle(' … ')).toBeNull();
  });
});
