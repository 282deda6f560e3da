import { describe, expect, it } from 'vitest';
import { articleLanguage, detectLanguage, primaryLanguage } from './article-language.ts';

const GERMAN =
  'Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. Die Abgeordneten stimmten mit ' +
  'großer Mehrheit für die Reform, die im kommenden Jahr in Kraft treten soll.';
const ENGLISH =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the detour ' +
  'would add twenty minutes to their commute.';

describe('primaryLanguage', () => {
  it.each([
    ['de-DE', 'de'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['  fr ', 'fr'],
    ['und', null],
    ['x-default', null],
    ['*', null],
    ['', null],
    [null, null],
    ['english', null],
  ])('%j -> %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  it.each([
    [GERMAN, 'de'],
    [ENGLISH, 'en'],
    [
      'Надо любить то, что делаешь, и делать то, что любишь. Мне нравится экспериментировать с едой.',
      'ru',
    ],
    ['東京オリンピックは来年開催される予定です。多くの選手が準備を進めています。', 'ja'],
    ['1234 5678', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('articleLanguage', () => {
  it.each([
    [
      'the declaration, when the text agrees',
      'de-DE',
      GERMAN,
      { language: 'de', languageOrigin: 'source' },
    ],
    [
      'the text, when a template declares another language',
      'en',
      GERMAN,
      { language: 'de', languageOrigin: 'detected' },
    ],
    [
      'the text, when nothing is declared',
      null,
      ENGLISH,
      { language: 'en', languageOrigin: 'detected' },
    ],
    [
      'the declaration, when the text is too short to tell',
      'fr',
      'Oui.',
      { language: 'fr', languageOrigin: 'source' },
    ],
    ['unknown, when neither says', 'und', '12 34', { language: null, languageOrigin: null }],
  ])('%s', (_, declared, text, expected) => {
    expect(articleLanguage(declared, text)).toEqual(expected);
  });
});
