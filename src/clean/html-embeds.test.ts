import { describe, expect, it } from 'vitest';
import { cleanedFragment as clean } from '../../tests/support/cleaned-fragment.ts';

const BODY = `<p>The council met on Tuesday and voted on the budget.</p>`;
const BODY_TEXT = 'The council met on Tuesday and voted on the budget.';

describe('cleanHtmlFragment: embedded posts', () => {
  it.each([
    [
      'a tweet',
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Polls close at 8.<br>Go vote! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/123?ref_src=twsrc%5Etfw">September 26, 2025</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
      {
        platform: 'twitter',
        author: 'Jane Doe',
        handle: '@janedoe',
        date: '2025-09-26',
        text: 'Polls close at 8.\nGo vote! pic.twitter.com/abc',
        url: 'https://twitter.com/janedoe/status/123',
      },
    ],
    [
      'an Instagram post',
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XyZ/?utm_source=ig_embed"><div><a href="https://www.instagram.com/p/XyZ/">View this post on Instagram</a></div><p><a href="https://www.instagram.com/p/XyZ/">A post shared by City Hall (@cityhall)</a></p></blockquote>',
      {
        platform: 'instagram',
        author: 'City Hall',
        handle: '@cityhall',
        date: null,
        text: '',
        url: 'https://www.instagram.com/p/XyZ/',
      },
    ],
    [
      'a TikTok video',
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@newsdesk/video/7012"><section><a title="@newsdesk" href="https://www.tiktok.com/@newsdesk">@newsdesk</a><p>Storm footage from the coast</p></section></blockquote>',
      {
        platform: 'tiktok',
        author: null,
        handle: '@newsdesk',
        date: null,
        text: 'Storm footage from the coast',
        url: 'https://www.tiktok.com/@newsdesk/video/7012',
      },
    ],
  ])('%s becomes an embed block', (_name, html, embed) => {
    const result = clean(`${BODY}${html}`);
    expect(result.blocks.at(-1)).toEqual({ kind: 'embed', embed });
    expect(result.text).toBe(BODY_TEXT);
  });
});
