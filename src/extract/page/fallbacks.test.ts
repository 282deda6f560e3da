import { describe, expect, it } from 'vitest';
import { bestAttempt, resultProblem } from './fallbacks.ts';

describe('resultProblem', () => {
  it.each([
    ['one two three', null, null],
    ['', null, 'no text'],
    ['one two', 'one two three four five', 'much shorter than the JSON-LD articleBody'],
    ['one two three', 'one two three four five', null],
  ])('%j (articleBody %j) -> %j', (text, ld, problem) =>
    expect(resultProblem(text, ld)).toBe(problem),
  );
});

describe('bestAttempt', () => {
  const a = (value: string, text: string, problem: string | null) => ({ value, text, problem });
  it.each([
    [[a('first', 'x', 'bad'), a('second', 'y', null), a('third', 'z', null)], 'second'],
    [[a('short', 'one', 'bad'), a('long', 'one two three', 'bad')], 'long'],
    [[], null],
  ])('%# -> %j', (attempts, chosen) => expect(bestAttempt(attempts)?.value ?? null).toBe(chosen));
});
