/**
 * Reading back the on-disk form of an entry (`src/pipeline/entry-file.ts` writes it): the YAML
 * frontmatter as data and the Markdown body after it. Pure; the data is unvalidated until the
 * collection's schema parses it.
 */
import { parse } from 'yaml';

/** An entry file split in two. */
export interface EntryText {
  /** The frontmatter, parsed but not validated. */
  readonly data: Record<string, unknown>;
  /** The Markdown body, as written. */
  readonly body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---\r?\n(?:\r?\n)?/m;

/** The frontmatter and body of an entry file; throws, naming `name`, when it has no frontmatter
 * or the frontmatter is not a YAML mapping. */
export function readEntryText(contents: string, name: string): EntryText {
  const match = FRONTMATTER.exec(contents);
  if (match?.index !== 0) throw new Error(`${name}: no frontmatter`);
  const data: unknown = parse(match[1] ?? '');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${name}: the frontmatter is not a mapping`);
  }
  return { data: data as Record<string, unknown>, body: contents.slice(match[0].length) };
}
