import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './marked-html.ts';
import { alignRuns, markHtml, textRuns, type HtmlMark } from './mark-html.ts';

/** A mark over the first occurrence of `words` in `text` (the tests name stretches by words). */
function over(text: string, words: string, href: string | null = '/q/'): HtmlMark {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return { start, end: start + words.length, href, title: 't', className: 'quoted' };
}

const a = (inner: string) => `<a href="/q/" class="quoted" title="t">${inner}</a>`;
const span = (inner: string) => `<span class="quoted" title="t">${inner}</span>`;

describe('markHtml', () => {
  it.each([
    {
      name: 'one quotation inside a paragraph',
      html: '<p>He said “We will win,” today.</p>',
      text: 'He said “We will win,” today.',
      marks: ['We will win,'],
      out: `<p>He said “${a('We will win,')}” today.</p>`,
    },
    {
      name: 'a quotation over two paragraphs: one element in each',
      html: '<p>“One more.</p>\n<p>“Two.”</p>',
      text: '“One more.\n\n“Two.”',
      marks: ['One more.\n\n“Two.'],
      out: `<p>“${a('One more.')}</p>\n<p>${a('“Two.')}”</p>`,
    },
    {
      name: 'offsets at the edges of the text and of a paragraph',
      html: '<p>Yes.</p>\n<p>No.</p>',
      text: 'Yes.\n\nNo.',
      marks: ['Yes.', 'No.'],
      out: `<p>${a('Yes.')}</p>\n<p>${a('No.')}</p>`,
    },
    {
      name: 'a line break in the text is a space in the HTML',
      html: '<p>“A b” c</p>',
      text: '“A\nb” c',
      marks: ['A\nb'],
      out: `<p>“${a('A b')}” c</p>`,
    },
    {
      name: 'a link inside the quotation: a span there, never a link in a link',
      html: '<p>“See <a href="https://x.test/">the post</a> now”</p>',
      text: '“See the post now”',
      marks: ['See the post now'],
      out: `<p>“${a('See')} <a href="https://x.test/">${span('the post')}</a> ${a('now')}”</p>`,
    },
    {
      name: 'an entity is never cut',
      html: '<p>“Salt &amp; pepper”</p>',
      text: '“Salt & pepper”',
      marks: ['Salt & pepper'],
      out: `<p>“${a('Salt &amp; pepper')}”</p>`,
    },
    {
      name: 'Japanese corner brackets and Russian guillemets',
      html: '<p>彼は「東京へ行く」と言った。</p>\n<p>Он сказал: «Мы победим».</p>',
      text: '彼は「東京へ行く」と言った。\n\nОн сказал: «Мы победим».',
      marks: ['東京へ行く', 'Мы победим'],
      out: `<p>彼は「${a('東京へ行く')}」と言った。</p>\n<p>Он сказал: «${a('Мы победим')}».</p>`,
    },
    {
      name: 'characters outside the basic plane count as two offsets, as in the text',
      html: '<p>“🎉 fête 🎉” x</p>',
      text: '“🎉 fête 🎉” x',
      marks: ['🎉 fête 🎉'],
      out: `<p>“${a('🎉 fête 🎉')}” x</p>`,
    },
    {
      name: 'an embedded post is not part of the text',
      html: '<p>“A”</p>\n<figure class="embed"><blockquote><p>“A”</p></blockquote></figure>\n<p>“B”</p>',
      text: '“A”\n\n“B”',
      marks: ['B'],
      out: `<p>“A”</p>\n<figure class="embed"><blockquote><p>“A”</p></blockquote></figure>\n<p>“${a('B')}”</p>`,
    },
    {
      name: 'a quotation with no page: a span',
      html: '<p>he was “in touch”</p>',
      text: 'he was “in touch”',
      marks: [['in touch', null]],
      out: `<p>he was “${span('in touch')}”</p>`,
    },
    {
      name: 'HTML that does not render the text is left alone',
      html: '<p>Something else</p>',
      text: 'He said “x”',
      marks: ['x'],
      out: '<p>Something else</p>',
    },
  ] as const)('$name', ({ html, text, marks, out }) => {
    const list = marks.map((m) => (typeof m === 'string' ? over(text, m) : over(text, m[0], m[1])));
    expect(markHtml(html, text, list)).toBe(out);
  });

  it('is unchanged with no marks', () => {
    expect(markHtml('<p>a</p>', 'b', [])).toBe('<p>a</p>');
  });

  it('escapes what it writes into attributes', () => {
    const mark = { ...over('“x”', 'x'), title: 'Said by "A" <b>', href: '/q/?a=1&b=2' };
    expect(markHtml('<p>“x”</p>', '“x”', [mark])).toBe(
      '<p>“<a href="/q/?a=1&amp;b=2" class="quoted" title="Said by &quot;A&quot; &lt;b&gt;">x</a>”</p>',
    );
  });
});

describe('alignRuns', () => {
  it('gives each character its offset in the text, whitespace -1', () => {
    expect(alignRuns(textRuns('<p>a b</p>\n<p>c</p>'), 'a\nb\n\nc')).toEqual([
      [0, -1, 2],
      [-1],
      [5],
    ]);
  });

  it('refuses text the HTML does not hold, or holds only part of', () => {
    expect(alignRuns(textRuns('<p>a</p>'), 'a b')).toBeNull();
    expect(alignRuns(textRuns('<p>a c</p>'), 'a b')).toBeNull();
  });
});

/** Paragraphs of words (with marks, entities, scripts and spaces) rendered as HTML the way the
 * Markdown of a body renders: escaped, one <p> per paragraph. */
const paragraphs = fc.array(
  fc.array(fc.constantFrom('We', 'will', '“win”', '&', '<b>', 'été', '北京', '🎉', '«x»', '\n'), {
    minLength: 1,
    maxLength: 12,
  }),
  { minLength: 1, maxLength: 5 },
);

describe('the text is evidence', () => {
  it('with the tags it adds taken out, the page reads exactly as before', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(fc.nat(), { maxLength: 8 }), (paras, cuts) => {
        const texts = paras.map((words) => words.join(' '));
        const text = texts.join('\n\n');
        const html = texts.map((t) => `<p>${escapeHtml(t.replace(/\n/g, ' '))}</p>`).join('\n');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const marks: HtmlMark[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const [start = 0, end = 0] = [points[i], points[i + 1]];
          marks.push({ start, end, href: i % 4 === 0 ? '/q/' : null, title: 't', className: 'q' });
        }
        const marked = markHtml(html, text, marks);
        expect(load(marked, null, false).text()).toBe(load(html, null, false).text());
        expect(marked.replace(/<\/?(a|span)\b[^>]*>/g, '')).toBe(html);
      }),
    );
  });
});
