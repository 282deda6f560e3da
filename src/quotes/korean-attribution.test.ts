import { describe, expect, it } from 'vitest';
import { endsStatement, isQuotative, koreanNames, koreanSpeaker } from './korean-attribution.ts';

describe('endsStatement', () => {
  it.each([
    ['추억을 간직하는 게 잘못이냐', true],
    ['여행 간 게 잘못인가요', true],
    ['한 살 어립니다', true],
    ['데이트 폭력', false],
    ['친한 여동생', false],
  ])('%j -> %s', (quote, expected) => {
    expect(endsStatement(quote)).toBe(expected);
  });
});

describe('isQuotative', () => {
  it.each([
    ['“…”라고 말했다', true],
    ['“…”고 말했다', true],
    ['‘…’이라며 반박했다', true],
    ['‘…’이라고 했다', true],
    ['‘…’의 성격', false],
    ['‘…’ 정도의 관계', false],
    // "so-called": naming, not reporting.
    ['‘…’이라는 사안', false],
  ])('%j -> %s', (text, expected) => {
    expect(isQuotative(text, text.indexOf('…') + 2)).toBe(expected);
  });
});

describe('koreanSpeaker', () => {
  const text =
    '김민수는 회의에 참석했다. 김민수의 발언이 주목받았다. 김민수와 이지은이 만났다. ' +
    '이지은은 답했다. 이지은의 입장이다. 이지은도 왔다. ' +
    '김민수는 “xxxx”라고 말했다. 그는 “xxxx”고 덧붙였다. 이지은은 “xxxx”라며 반박했다. ' +
    '사안은 “xxxx”라고 알려졌다.';
  const names = koreanNames(text);
  const at = (n: number): number => {
    let i = -1;
    for (let k = 0; k <= n; k += 1) i = text.indexOf('“', i + 1);
    return i;
  };

  it('names are words used with particles three times or more', () => {
    expect([...names].sort()).toEqual(['김민수', '이지은']);
  });

  it.each([
    [0, '김민수'],
    [1, '김민수'],
    [2, '이지은'],
    // A topic that is not a name the article returns to names no one.
    [3, null],
  ])('quotation %i -> %j', (n, expected) => {
    expect(koreanSpeaker(text, at(n), 0, names)).toBe(expected);
  });
});
