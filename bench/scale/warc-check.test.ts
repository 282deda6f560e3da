import { describe, expect, it } from 'vitest';
import { checkCaptures, entriesFromLog, namedRecordIds, skippedFromLog } from './warc-check.ts';

const A = '<urn:uuid:00000000-0000-4000-8000-00000000000a>';
const B = '<urn:uuid:00000000-0000-4000-8000-00000000000b>';
const C = '<urn:uuid:00000000-0000-4000-8000-00000000000c>';
const bare = (id: string): string => id.slice(1, -1);

describe('checkCaptures', () => {
  const expected = [
    { id: A, role: 'first' as const },
    { id: B, role: 'changed' as const },
    { id: C, role: 'same' as const },
  ];
  it.each([
    ['all named, the recapture skipped as a duplicate', [A, B], 1, true, 2, 1],
    ['all named, the recapture kept as a version', [A, B, C], 0, true, 2, 1],
    ['a changed capture missing', [A], 1, false, 1, 1],
    ['the recapture neither named nor skipped', [A, B], 0, false, 2, 0],
  ])('%s', (_, named, duplicates, ok, found, sameAccounted) => {
    const check = checkCaptures(expected, new Set(named.map(bare)), duplicates);
    expect(check).toMatchObject({ ok, found, sameAccounted, articleCaptures: 2, sameCaptures: 1 });
  });

  it('lists the ids it did not find', () => {
    expect(checkCaptures(expected, new Set([bare(A)]), 1).missing).toEqual([B]);
  });
});

describe('namedRecordIds', () => {
  it('finds every record id in entry text, in any case, brackets or not', () => {
    const text = `record:\n  id: '${A}'\nversions: [${bare(B).toUpperCase()}]\nurn:uuid:short`;
    expect(namedRecordIds(text)).toEqual(new Set([bare(A), bare(B)]));
  });
});

describe('skippedFromLog', () => {
  const log = [
    'clean: 3/3 in 1.0s',
    'crawl.warc.gz: 5 records skipped (not articles)',
    '  3 request record (not a response)',
    '  2 duplicate capture (same address, same payload)',
    'ingest: 3 entries from 1 files',
  ];
  it('reads the reasons of the named container only, up to the next line of its own', () => {
    expect(Object.fromEntries(skippedFromLog(log, 'crawl.warc.gz'))).toEqual({
      'request record (not a response)': 3,
      'duplicate capture (same address, same payload)': 2,
    });
    expect(skippedFromLog(log, 'other.warc').size).toBe(0);
  });
});

describe('entriesFromLog', () => {
  it.each([
    [['clean: 2/2 in 1.0s', 'ingest: 1004 entries from 1005 files, 1 skipped'], 1004],
    [['  ingest: 7 entries from 1 files, 9 container records not articles'], 7],
    [['clean: 2/2 in 1.0s'], null],
  ])('reads %j as %s', (lines, n) => {
    expect(entriesFromLog(lines)).toBe(n);
  });
});
