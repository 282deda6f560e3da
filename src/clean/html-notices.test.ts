import { describe, expect, it } from 'vitest';
import { blocksToText } from './blocks.ts';
import { cleanHtmlFragment } from './html-fragment.ts';
import { isScriptResidue, syndicationName } from './html-notices.ts';

describe('isScriptResidue', () => {
  it.each([
    ['if ( getCookie( "subbed" ) ) { document.getElementById("video").remove() } else {', true],
    ['observeElement(paragraphToObserve); }); }', true],
    ['});', true],
    [
      'elements in order; let paragraphs=Array.from(document.querySelectorAll("p")); // Find the last',
      true,
    ],
    ['He paused; then he spoke; then, at last, he left the room without a word to anyone.', false],
    ['The code {x} was shown on screen, officials said.', false],
    ['Prices rose 3% (from $10 to $10.30); analysts expected more.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isScriptResidue(text)).toBe(expected);
  });
});

describe('syndicationName', () => {
  it.each([
    [
      'All content created by the Example News Service, a nonprofit, is free to republish.',
      'Example News Service',
    ],
    ['This article originally appeared on The Conversation.', 'The Conversation'],
    ['Originally published at example.org.', 'example.org'],
    [
      'Republished with permission from the Center for Public Integrity.',
      'Center for Public Integrity',
    ],
    ['The memo was originally published by the ministry.', null],
    ['The council met on Tuesday.', null],
  ])('%s -> %s', (text, name) => {
    expect(syndicationName(text)).toBe(name);
  });
});

describe('a quote of one short paragraph is read as a paragraph', () => {
  it.each([
    [
      '<blockquote><b>PUEDES VER: </b><a href="/x">¿Qué es la Sunedu?</a></blockquote>',
      'read-more-promo',
    ],
    ['<blockquote><p>Lesen Sie auch: Die Bahn streikt</p></blockquote>', 'read-more-promo'],
    [
      '<blockquote><p>„Wir teilen die Sorge der Eltern“, sagte die Ministerin.</p></blockquote>',
      null,
    ],
  ])('%s -> %s', (html, rule) => {
    const result = cleanHtmlFragment(`<p>Der Rat tagte am Dienstag.</p>${html}`);
    expect(result.removed.map((r) => r.rule)).toEqual(rule === null ? [] : [rule]);
    expect(blocksToText(result.blocks)).toContain('Der Rat tagte am Dienstag.');
  });
});
