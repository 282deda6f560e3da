import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../clean/html-dom.ts';
import { leadBefore } from './find-lead.ts';
import { scoreNodes } from './score-nodes.ts';

const LEAD =
  'Die Stadt baut bis 2030 zwölf neue Radwege, die Kosten trägt zum großen Teil das Land.';
const BODY =
  '<div id="body"><p>Der Stadtrat hat am Dienstag den Plan beschlossen, mit großer Mehrheit.</p></div>';

/** The lead found before `#body` in `html`, as text (null: none). */
function lead(html: string): string | null {
  const $ = load(`<html><body><main><div class="wrap">${html}</div></main></body></html>`);
  const body = $('#body').get(0) as Element;
  const found = leadBefore(body, scoreNodes($.root().toArray()));
  return found ? textOf(found).trim() : null;
}

describe('leadBefore', () => {
  it.each([
    ['a lead paragraph just before the body', `<p class="article-lead">${LEAD}</p>${BODY}`, LEAD],
    [
      'a lead in the box before the body, one level up',
      `<div class="head"><div class="intro-text"><p>${LEAD}</p></div></div><div class="col">${BODY}</div>`,
      LEAD,
    ],
    ['a plain paragraph before the body', `<p>${LEAD}</p>${BODY}`, null],
    [
      'a teaser list of links',
      `<ul class="teaser-text"><li><a href="/a">${LEAD}</a></li></ul>${BODY}`,
      null,
    ],
    [
      'a picture summary with its credit',
      `<p class="summary">${LEAD} <span class="credit">By Example Agency</span></p>${BODY}`,
      null,
    ],
    [
      'a title block classed "intro" holding the headline',
      `<div class="article-intro"><h1>Headline</h1><p>${LEAD}</p></div>${BODY}`,
      null,
    ],
    [
      'a lead three levels up, past wrappers that hold the body alone',
      `<header><p class="lead">${LEAD}</p></header><div class="a"><div class="b"><div class="c"><div class="d"><div class="e">${BODY}</div></div></div></div></div>`,
      LEAD,
    ],
    [
      'a lead four levels up, each level holding more than the body',
      `<p class="lead">${LEAD}</p><div class="a"><aside>x</aside><div class="b"><aside>x</aside><div class="c"><aside>x</aside>${BODY}</div></div></div>`,
      null,
    ],
    [
      'a sentence-long standfirst set in a heading tag',
      `<h2 class="article-subheadline">${LEAD} Der Bund gibt weitere Mittel.</h2>${BODY}`,
      `${LEAD} Der Bund gibt weitere Mittel.`,
    ],
    [
      'a title-long subtitle heading',
      `<h2 class="subtitle">Zwölf neue Radwege für die Stadt bis 2030</h2>${BODY}`,
      null,
    ],
    [
      'a box classed "intro" holding a short heading and a paragraph',
      `<div class="intro"><h2>Radwege</h2><p>${LEAD}</p></div>${BODY}`,
      null,
    ],
    [
      'a lead further than three siblings away',
      `<p class="lead">${LEAD}</p><div>a</div><div>b</div><div>c</div>${BODY}`,
      null,
    ],
  ])('%s', (_name, html, expected) => {
    expect(lead(html)).toBe(expected);
  });
});
