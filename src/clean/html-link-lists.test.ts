import { describe, expect, it } from 'vitest';
import { blocksToText } from './blocks.ts';
import { cleanHtmlFragment } from './html-fragment.ts';

const PROSE = '<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.</p>';

function clean(html: string): { body: string; rules: string[] } {
  const result = cleanHtmlFragment(html);
  return { body: blocksToText(result.blocks), rules: result.removed.map((r) => r.rule) };
}

describe('a related-articles heading and the link list it introduces', () => {
  it.each([
    [
      'a list of links goes with its heading',
      `${PROSE}<h3>Mehr zum Thema</h3><ul><li><a href="/a">Bahn streikt erneut</a></li><li><a href="/b">Neue Tarife ab Mai</a> (12.03.)</li></ul>`,
      ['related-links', 'related-links'],
    ],
    [
      'links as paragraphs go too, up to the next prose',
      `<h2>À lire aussi</h2><p><a href="/a">La grève continue</a></p><p><a href="/b">Le budget adopté</a></p>${PROSE}`,
      ['related-links', 'related-links', 'related-links'],
    ],
    [
      'a list of prose after the heading stays',
      `${PROSE}<h3>Temas relacionados</h3><ul><li>El presupuesto sube un cinco por ciento según el <a href="/x">informe</a> oficial.</li></ul>`,
      ['related-links'],
    ],
    ['prose after the heading stays', `<h3>相关阅读</h3>${PROSE}`, ['related-links']],
    [
      'a link list after an ordinary heading stays',
      `${PROSE}<h3>Die Beschlüsse</h3><ul><li><a href="/a">Haushalt 2025</a></li></ul>`,
      [],
    ],
  ])('%s', (_name, html, rules) => {
    const { body, rules: removed } = clean(html);
    expect(removed).toEqual(rules);
    expect(body).toContain('Der Stadtrat hat am Dienstag');
  });
});
