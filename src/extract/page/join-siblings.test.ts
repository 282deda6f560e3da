import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { opensWithRule, widenContainer } from './join-siblings.ts';
import { scoreNodes } from './score-nodes.ts';

/** A paragraph of prose: long, with commas, no links. */
const prose = (topic: string): string =>
  `<p>Der Verein hat im Frühjahr über ${topic} beraten, lange, gründlich und mit vielen Gästen, ` +
  `und am Ende, nach einer Abstimmung, einen Beschluss gefasst, der im Sommer gilt.</p>`;
const BOX = `<div class="text">${prose('den Haushalt')}${prose('die Halle')}${prose('den Platz')}</div>`;
const LINKS =
  '<div class="more"><a href="/a">Der erste Bericht aus dem Verein im Frühjahr</a> ' +
  '<a href="/b">Der zweite Bericht aus dem Verein im Sommer</a> ' +
  '<a href="/c">Der dritte Bericht aus dem Verein im Herbst</a></div>';

/** The widened container of `#main` in `html`: its id or class, and what is left out. */
function widen(html: string): { root: string; left: string[] } {
  const $ = load(`<html><body><div id="page">${html}</div></body></html>`);
  const main = $('#main').get(0) as Element;
  const widened = widenContainer(main, scoreNodes($.root().toArray()));
  const name = (el: Element): string => el.attribs['id'] ?? el.attribs['class'] ?? el.name;
  return { root: name(widened.root), left: widened.left.map(name) };
}

describe('widenContainer', () => {
  it.each([
    [
      'a text split into two boxes by a picture joins up',
      `<div id="main">${BOX}</div><figure><img src="a.jpg"></figure><div class="part">${BOX}</div>`,
      { root: 'page', left: ['figure'] },
    ],
    [
      'a box of links beside the text stays out',
      `<div id="main">${BOX}</div>${LINKS}`,
      { root: 'main', left: [] },
    ],
    [
      'a sibling named as boilerplate stays out, the prose box joins',
      `<div id="main">${BOX}</div><div class="sidebar">${BOX}</div><div class="part">${BOX}</div>`,
      { root: 'page', left: ['sidebar'] },
    ],
    [
      'a footer box set apart by a horizontal rule stays out',
      `<div id="main">${BOX}</div><div class="part"><div><hr>${BOX}</div></div>`,
      { root: 'main', left: [] },
    ],
    [
      'a wrapper holding the text alone is passed through',
      `<div class="wrap"><div id="main">${BOX}</div></div><div class="part">${BOX}</div>`,
      { root: 'page', left: [] },
    ],
    [
      'a long paragraph beside the box joins it',
      `<div id="main">${BOX}</div>${prose('die Satzung')}`,
      { root: 'page', left: [] },
    ],
    [
      'a short paragraph beside the box stays out',
      `<div id="main">${BOX}</div><p>Stand: 3. Mai, 12:00 Uhr, Redaktion</p>`,
      { root: 'main', left: [] },
    ],
    [
      'a lone short line is not prose enough to join',
      `<div id="main">${BOX}</div><div class="note"><p>Foto: Archiv</p></div>`,
      { root: 'main', left: [] },
    ],
  ])('%s', (_name, html, expected) => {
    expect(widen(html)).toEqual(expected);
  });

  it('never widens up to the body', () => {
    const $ = load(`<html><body><div id="main">${BOX}</div>${BOX}</body></html>`);
    const main = $('#main').get(0) as Element;
    expect(widenContainer(main, scoreNodes($.root().toArray())).root).toBe(main);
  });
});

describe('opensWithRule', () => {
  it.each([
    ['<div><hr><p>Über die Firma</p></div>', true],
    ['<div><div> <hr></div><p>Über die Firma</p></div>', true],
    ['<div><p>Über die Firma</p><hr></div>', false],
    ['<div>Über die Firma<hr></div>', false],
  ])('%s', (html, expected) => {
    const $ = load(`<html><body>${html}</body></html>`);
    expect(opensWithRule($('body > div').get(0) as Element)).toBe(expected);
  });
});
