import { describe, expect, it } from 'vitest';
import { cleanedFragment as clean } from '../../tests/support/cleaned-fragment.ts';

const BODY = `<p>The council met on Tuesday and voted on the budget.</p>`;
const BODY_TEXT = 'The council met on Tuesday and voted on the budget.';

describe('cleanHtmlFragment: images', () => {
  it.each([
    [
      'figure with a credit element',
      '<figure><img src="https://ex.com/a.jpg" alt="alt"><figcaption>Voters queue. <span class="credit">Jane Doe/AP</span></figcaption></figure>',
      [{ url: 'https://ex.com/a.jpg', caption: 'Voters queue.', credit: 'Jane Doe/AP' }],
      [['photo-caption', 'Voters queue. Jane Doe/AP']],
    ],
    [
      'classic WordPress caption with a credit in the text',
      '<div class="wp-caption"><img data-lazy-src="/b.jpg"><p class="wp-caption-text">The mayor speaks. (Photo by John Roe/Getty Images)</p></div>',
      [{ url: '/b.jpg', caption: 'The mayor speaks.', credit: 'Photo by John Roe/Getty Images' }],
      [['photo-caption', 'The mayor speaks. (Photo by John Roe/Getty Images)']],
    ],
    [
      'bare image keeps its alt text; tracking pixels go',
      '<img src="/c.png" alt="A chart"><img src="/px.gif" width="1" height="1">',
      [{ url: '/c.png', caption: 'A chart', credit: null }],
      [],
    ],
  ])('%s', (_name, html, images, rules) => {
    const result = clean(`${html}${BODY}`);
    expect(result.images).toEqual(images);
    expect(result.rules).toEqual(rules);
    expect(result.text).toBe(BODY_TEXT);
  });
});
