/**
 * Entry ids: stable, URL-safe and readable, derived from the input file's name so an entry can
 * always be traced back to its file. Names in any script are transliterated (the `transliteration`
 * package's tables, rather than a hand-written list); a name that gives no letters or digits, or
 * an id two files would share, gets a short hash of the file name, so no two names ever collide
 * and no name is refused for its spelling.
 */
import { createHash } from 'node:crypto';
import { readableSlug } from '../text/slug.ts';
import type { ArticleEntry } from '../schema/article.ts';

/** Extensions of the formats the archive reads: taken off the name ("page.html.gz" -> "page");
 * any other dotted part stays ("news.2024.01" -> "news-2024-01"). */
const INPUT_EXTENSIONS = /(?:\.(?:txt|text|html?|xhtml|json|gz|gzip|md))+$/i;

/** Six hex digits of the SHA-256 of `text`: the suffix that tells apart ids that would clash. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/** The readable, URL-safe id for `file` (its name without the format's extensions,
 * transliterated, lowercased), or `article-<hash>` when nothing readable is left. With
 * `wholePath`, the folders are kept (`news/a/index.html` -> `news-a-index`): the id of a file in a
 * saved mirror, or of a record named by its address. */
export function articleId(file: string, wholePath = false): string {
  const name = wholePath ? file : file.replace(/^.*[\\/]/, '');
  const slug = readableSlug(name.replace(INPUT_EXTENSIONS, ''));
  return slug === '' ? `article-${shortHash(name)}` : slug;
}

/** Ids for the `count` articles of one file: the file's id, suffixed `-1`, `-2`… when several. */
export function articleIds(file: string, count: number, wholePath = false): string[] {
  const base = articleId(file, wholePath);
  return count === 1 ? [base] : Array.from({ length: count }, (_, n) => `${base}-${n + 1}`);
}

/** An article's claim on an id: the id it was given and where it comes from. */
export interface IdClaim {
  readonly id: string;
  readonly file: string;
  /** Position of the article in its file (0 for a file of one article). */
  readonly index: number;
}

/** The final id of each claim (same order): an id claimed once is kept; every claim on an id
 * claimed more than once gets `-<hash of file name and position>`, so the result does not depend
 * on the order the files were read in, and ids stay unique. */
export function uniqueIds(claims: readonly IdClaim[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  const taken = new Set(claims.filter((c) => counts.get(c.id) === 1).map((c) => c.id));
  return claims.map((c) => {
    if (counts.get(c.id) === 1) return c.id;
    for (let salt = 0; ; salt += 1) {
      const id = `${c.id}-${shortHash(`${c.file}\u0000${c.index}\u0000${salt}`)}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  });
}

/** Every entry with a unique id: ids two articles would share get a hash suffix (see
 * {@link uniqueIds}), whichever file was read first. */
export function withUniqueIds<E extends ArticleEntry>(
  built: readonly { file: string; entries: readonly E[] }[],
): E[] {
  const claims = built.flatMap(({ file, entries }) =>
    entries.map((e, index) => ({ id: e.data.id, file, index, entry: e })),
  );
  const ids = uniqueIds(claims);
  return claims.map(({ entry }, n) => {
    const id = ids[n] ?? entry.data.id;
    return id === entry.data.id ? entry : { ...entry, data: { ...entry.data, id } };
  });
}
