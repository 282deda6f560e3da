import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { inputLabel, recordFacts } from './source-record.ts';

const base: Article['source'] = {
  file: 'site.warc.gz',
  format: 'html',
  sha256: 'a'.repeat(64),
  bytes: 10,
  decoding: { encoding: 'UTF-8', method: 'declared', replaced: 0, nul: 0 },
};
const record = {
  container: 'warc',
  member: null,
  id: '<urn:uuid:1>',
  url: 'https://example.com/a/',
  captured: '2025-04-01T10:00:00Z',
  payloadDigest: 'sha1:ABC',
} as const;

describe('the record an article came from, as its page names it', () => {
  it.each([
    ['a file', base, 'site.warc.gz', []],
    [
      'a WARC capture',
      { ...base, record },
      'the page captured in site.warc.gz',
      [
        ['Container', 'WARC web archive: site.warc.gz'],
        ['Record', '<urn:uuid:1>'],
        ['Address', 'https://example.com/a/'],
        ['Captured', '2025-04-01T10:00:00Z'],
        ['Payload digest', 'sha1:ABC'],
      ],
    ],
    [
      'a feed item in a sub-folder',
      {
        ...base,
        file: 'feed.xml',
        path: 'feeds/feed.xml',
        record: { ...record, container: 'rss', id: null, captured: null, payloadDigest: null },
      },
      'feeds/feed.xml',
      [
        ['Container', 'RSS feed: feeds/feed.xml'],
        ['Address', 'https://example.com/a/'],
      ],
    ],
  ] as const)('%s', (_name, source, label, facts) => {
    expect(inputLabel(source)).toBe(label);
    expect(recordFacts(source)).toEqual(facts);
  });
});
