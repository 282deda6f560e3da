import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, latestOnly } from './latest-only.ts';

/** Starts the searches named in `starts`, finishes them in `finishes` order, and returns the
 * ones allowed to show their results, in the order they showed them. */
function shown(starts: readonly string[], finishes: readonly string[]): string[] {
  const guard = latestOnly();
  const tickets = new Map(starts.map((name) => [name, guard.begin()]));
  return finishes.filter((name) => guard.isCurrent(tickets.get(name) ?? -1));
}

describe('latestOnly', () => {
  it.each([
    ['one search shows', ['a'], ['a'], ['a']],
    ['the newer search shows, the older is dropped', ['a', 'ab'], ['a', 'ab'], ['ab']],
    ['a slow older search finishing last is dropped', ['a', 'ab'], ['ab', 'a'], ['ab']],
    ['of three, only the newest', ['a', 'ab', 'abc'], ['abc', 'a', 'ab'], ['abc']],
  ])('%s', (_name, starts, finishes, expected) => {
    expect(shown(starts, finishes)).toEqual(expected);
  });

  it('no ticket is current before the first search', () => {
    expect(latestOnly().isCurrent(0)).toBe(false);
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['keys typed within the wait: one call, with the last text', [0, 50, 100], 300, ['abc']],
    ['a pause longer than the wait: a call each', [0, 400], 800, ['a', 'ab']],
    ['not yet waited: no call', [0], 100, []],
  ])('%s', (_name, times, until, expected) => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const typed = debounce((text: string) => calls.push(text), 200);
    const texts = ['a', 'ab', 'abc'];
    times.forEach((at, i) => setTimeout(() => typed(texts[i] ?? ''), at));
    vi.advanceTimersByTime(until);
    expect(calls).toEqual(expected);
  });

  it('flush runs the pending call at once, cancel drops it', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const typed = debounce((text: string) => calls.push(text), 200);
    typed('x');
    typed.flush();
    typed('y');
    typed.cancel();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['x']);
  });
});
