/**
 * The on-disk form of an entry: YAML frontmatter (the article fields, in schema order) and the
 * Markdown body. Every string is double-quoted so no YAML parser can read a value as anything but
 * the string it is (a date stays a string, "no" stays "no"); the same entry always gives the same
 * bytes.
 */
import { stringify } from 'yaml';
import type { ArticleEntry } from '../schema/article.ts';

/** The complete text of `src/content/archive/articles/<id>.md` for one entry. */
export function serializeEntry(entry: ArticleEntry): string {
  const frontmatter = stringify(entry.data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    // A version's capture repeats the article's source: written out, never as a YAML alias.
    aliasDuplicateObjects: false,
    lineWidth: 0,
    minContentWidth: 0,
  });
  return `---\n${frontmatter}---\n\n${entry.markdown}`;
}
