/**
 * How the article page names where its input came from when it is a record of a container (a page
 * captured in a web archive, an item of a feed): the container, the record, its address, when it was
 * captured and the digest the archive states, as plain text (no address is linked: it is evidence).
 */
import type { Article } from '../schema/article.ts';

const CONTAINERS = {
  warc: 'WARC web archive',
  wacz: 'WACZ web archive',
  rss: 'RSS feed',
  atom: 'Atom feed',
  wxr: 'WordPress export (WXR)',
} as const;

/** What the "File" line calls the input: the file's name (its path in a sub-folder), or for a web
 * archive's record "the page captured in <archive>", whose payload the raw link serves. */
export function inputLabel(source: Article['source']): string {
  const name = source.path ?? source.file;
  const container = source.record?.container;
  if (container === 'warc' || container === 'wacz') return `the page captured in ${name}`;
  return name;
}

/** The label and text of each line that names the record; none for a file that is one input. */
export function recordFacts(source: Article['source']): [string, string][] {
  const { record } = source;
  if (record === undefined) return [];
  const where = record.member === null ? '' : ` (${record.member})`;
  const facts: [string, string][] = [
    ['Container', `${CONTAINERS[record.container]}: ${source.path ?? source.file}${where}`],
  ];
  if (record.id !== null) facts.push(['Record', record.id]);
  if (record.url !== null) facts.push(['Address', record.url]);
  if (record.captured !== null) facts.push(['Captured', record.captured]);
  if (record.payloadDigest !== null) facts.push(['Payload digest', record.payloadDigest]);
  return facts;
}
