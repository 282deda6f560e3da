import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../clean/html-dom.ts';
import { peerSeries } from './find-peers.ts';
import { scoreNodes } from './score-nodes.ts';

/** A forum post's body: a sentence of prose. */
const post = (id: string, words: string): string =>
  `<div class="post-body" id="${id}"><p>${words}, und das hat mich lange beschäftigt, ehrlich gesagt.</p></div>`;
const user = (name: string): string =>
  `<div class="poster"><a href="/u/${name}">${name}</a> 12.03.</div>`;
const THREAD =
  `<div class="thread">` +
  `<div class="msg">${user('Anna')}${post('p1', 'Mein Kater verliert im Winter viel Fell')}</div>` +
  `<div class="msg">${user('Ben')}${post('p2', 'Bei uns half eine weiche Bürste jeden Abend')}</div>` +
  `<div class="msg">${user('Cem')}${post('p3', 'Wir füttern seitdem etwas Lachsöl dazu')}</div>` +
  `</div>`;

/** The series `#p1` belongs to in `html`: the container's class, the peers' ids in the text, and
 * the texts left out; null when it stands alone. */
function series(html: string): { root: string; peers: string[]; left: string[] } | null {
  const $ = load(`<html><body><main>${html}</main></body></html>`);
  const found = peerSeries($('#p1').get(0) as Element, scoreNodes($.root().toArray()));
  if (!found) return null;
  const left = new Set(found.left);
  const peers = $(found.root)
    .find('.post-body')
    .toArray()
    .filter((el) => !found.left.some((l) => l === el || $(l).find(el).length > 0))
    .map((el) => el.attribs['id'] ?? '');
  return {
    root: found.root.attribs['class'] ?? found.root.name,
    peers,
    left: [...left].map((el) => textOf(el).trim()),
  };
}

describe('peerSeries', () => {
  it.each([
    [
      'the posts of a thread, without the posters between them',
      THREAD,
      {
        root: 'thread',
        peers: ['p1', 'p2', 'p3'],
        left: ['Anna 12.03.', 'Ben 12.03.', 'Cem 12.03.'],
      },
    ],
    ['a post standing alone', `<div class="msg">${post('p1', 'Nur eine Frage')}</div>`, null],
    [
      'a box of the same class in the sidebar stays out of the series',
      `<div class="col">${post('p1', 'Erster Beitrag')}</div><aside>${post('p2', 'Werbung')}</aside>`,
      null,
    ],
    [
      'a box of the same class that is mostly links is no peer',
      `<div class="col">${post('p1', 'Erster Beitrag')}` +
        `<div class="post-body"><p>Lesen Sie dazu auch den Bericht: <a href="/x">Ein anderer ` +
        `Bericht aus dem Verein über das Fell der Katzen im Winter und im Frühjahr</a></p></div></div>`,
      null,
    ],
    [
      'a box of the same class set apart by a horizontal rule is no peer',
      `<div class="col">${post('p1', 'Erster Beitrag')}` +
        `<div class="post-body"><hr><p>Über uns: der Verein der Katzenfreunde seit 1990, mit Sitz in Kassel.</p></div></div>`,
      null,
    ],
  ])('%s', (_name, html, expected) => {
    expect(series(html)).toEqual(expected);
  });

  it('takes nothing from an element without a class', () => {
    const $ = load(
      `<html><body><div id="p1"><p>Ein Satz, lang genug für einen Absatz.</p></div></body></html>`,
    );
    expect(peerSeries($('#p1').get(0) as Element, scoreNodes($.root().toArray()))).toBeNull();
  });
});
