import { type CheerioAPI, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { containerProblem } from './fallbacks.ts';
import { commonAncestor, findContainers } from './find-container.ts';
import { scoreNodes } from './score-nodes.ts';

/** The first element `selector` matches (the fixture is written to have one). */
function element($: CheerioAPI, selector: string): Element {
  const el = $(selector).get(0);
  if (el?.type !== 'tag') throw new Error(`fixture has no ${selector}`);
  return el;
}

const PROSE =
  '<p>The council voted on Tuesday, after a long debate, to rebuild the old bridge over the river.</p>' +
  '<p>Residents, who had waited years, said the decision came late but was welcome all the same.</p>' +
  '<p>Work starts in spring, the mayor said, and should be finished, weather allowing, by autumn.</p>' +
  '<p>Traffic will use the ferry meanwhile, which the council, to its credit, will run for free.</p>';
const LINKS =
  '<ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul>';

function candidates(body: string): string[] {
  const $ = load(`<html><body>${body}</body></html>`);
  return findContainers($, scoreNodes($.root().toArray())).map(
    (c) => `${c.strategy}:${c.root.attribs['id'] ?? c.root.name}`,
  );
}

describe('findContainers', () => {
  it.each([
    [
      `<div id="menu">${LINKS}</div><div itemprop="articleBody" id="mb">${PROSE}</div>`,
      'itemprop:mb',
    ],
    [`<div id="x">${LINKS}</div><article id="art">${PROSE}</article>`, 'article-element:art'],
    [
      `<div id="side">${LINKS}</div><div class="story-body" id="sb">${PROSE}</div>`,
      'content-class:sb',
    ],
    [`<div id="side">${LINKS}</div><div id="plain">${PROSE}</div>`, 'density:plain'],
  ])('%s -> first candidate %s', (body, first) => expect(candidates(body)[0]).toBe(first));

  it('always ends with the density winner and the body', () => {
    expect(candidates(`<div id="d">${PROSE}</div>`)).toEqual(['density:d', 'body:body']);
  });

  it('takes the common ancestor of a body split into several itemprop parts', () => {
    const body = `<div id="wrap"><div itemprop="articleBody">${PROSE}</div><div class="ad">Ad</div><div itemprop="articleBody">${PROSE}</div></div>`;
    expect(candidates(body)[0]).toBe('itemprop:wrap');
  });
});

describe('commonAncestor', () => {
  it('is null for no elements and the element itself for one', () => {
    const b = element(load('<div id="a"><p id="b">x</p></div>'), '#b');
    expect(commonAncestor([])).toBeNull();
    expect(commonAncestor([b])).toBe(b);
  });
});

describe('containerProblem', () => {
  const judge = (body: string, selector: string, bestProse: number): string | null => {
    const $ = load(`<html><body>${body}</body></html>`);
    return containerProblem(element($, selector), scoreNodes($.root().toArray()), bestProse);
  };
  it.each([
    ['enough prose', `<div id="t">${PROSE}</div>`, 100, null],
    [
      'a teaser',
      '<div id="t"><p>Short teaser, one line only here.</p></div>',
      0,
      'too little prose (28 characters)',
    ],
    ['a part of the text', `<div id="t">${PROSE}</div>`, 10_000, 'holds only part of the prose'],
    ['a link list', `<div id="t">${PROSE}${LINKS.repeat(40)}</div>`, 0, 'mostly links'],
  ])('%s -> %j', (_name, body, best, problem) => expect(judge(body, '#t', best)).toBe(problem));
});
