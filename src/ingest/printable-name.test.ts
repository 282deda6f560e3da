import { describe, expect, it } from 'vitest';
import { printableName } from './printable-name.ts';

describe('printableName', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ['café 北京.html', 'café 北京.html'],
    ['\u001b[31mred\u001b[0m.txt', '\\u{001b}[31mred\\u{001b}[0m.txt'],
    ['two\nlines.txt', 'two\\u{000a}lines.txt'],
    ['evil\u202etxt.exe', 'evil\\u{202e}txt.exe'],
    ['c1\u0085.txt', 'c1\\u{0085}.txt'],
    ['line\u2028sep.txt', 'line\\u{2028}sep.txt'],
  ])('%j -> %j', (name, expected) => {
    expect(printableName(name)).toBe(expected);
  });
});
