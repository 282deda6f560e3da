import { describe, expect, it } from 'vitest';
import { readErrorLine, usageText } from './command-line.ts';

describe('usageText', () => {
  it('prints the synopsis, the summary and one aligned line per option, then --help', () => {
    const text = usageText({
      name: 'extract',
      summary: 'Cleans files.',
      operands: '<file>...',
      options: { facts: { type: 'string' }, quiet: { type: 'boolean' } },
      help: { facts: 'a facts file', quiet: 'no progress' },
    });
    expect(text.split('\n')).toEqual([
      'usage: npm run -s extract -- <file>... [options]',
      '',
      'Cleans files.',
      '',
      '  --facts FACTS  a facts file',
      '  --quiet        no progress',
      '  --help         print this and do nothing else',
      '',
    ]);
  });
});

describe('readErrorLine', () => {
  it.each([
    ['a.html', { code: 'ENOENT' }, 'a.html: no such file or folder'],
    ['dir', { code: 'EISDIR' }, 'dir: is a folder, not a file'],
    ['f/x', { code: 'ENOTDIR' }, 'f/x: is a file, not a folder'],
    ['a', new Error('first line\n    at stack'), 'a: first line'],
    ['', { code: 'EACCES' }, 'permission denied'],
    ['bad\u0007name', { code: 'ENOENT' }, 'bad\\u{0007}name: no such file or folder'],
  ])('%j %j -> %j', (path, error, expected) => {
    expect(readErrorLine(path, error)).toBe(expected);
  });
});
