/**
 * Entry ids: stable, URL-safe, derived from the input file's name so an entry can always be traced
 * back to its file. A file holding several posts gets one id per post.
 */

/** The URL-safe id for `file` (its name without the extension, lowercased). */
export function articleId(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/(\.[a-z0-9]+)+$/i, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return slug === '' ? 'article' : slug;
}

/** Ids for the `count` articles of one file: the file's id, suffixed `-1`, `-2`… when several. */
export function articleIds(file: string, count: number): string[] {
  const base = articleId(file);
  return count === 1 ? [base] : Array.from({ length: count }, (_, n) => `${base}-${n + 1}`);
}
