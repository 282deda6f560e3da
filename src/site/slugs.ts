/**
 * URL slugs for outlet and tag pages. Names come from untrusted sources, so two names may slug
 * alike ("C++" and "C") or to nothing ("!!!"): every name still gets its own non-empty slug, and the
 * same set of names always gets the same slugs.
 */
import GithubSlugger, { slug } from 'github-slugger';

/** A slug for a name that slugs to nothing: its code points in hex, so it stays unique. */
function fallbackSlug(name: string): string {
  const hex = Array.from(name, (char) => char.codePointAt(0)?.toString(16) ?? '').join('-');
  return `u-${hex === '' ? 'empty' : hex}`;
}

/** One unique, non-empty slug per distinct name. Names are taken in sorted order, so the slugs
 * do not depend on the order the names were found in. */
export function slugTable(names: Iterable<string>): Map<string, string> {
  const slugger = new GithubSlugger();
  const table = new Map<string, string>();
  for (const name of [...new Set(names)].sort()) {
    // A dot between letters separates words ("PatriotFetch.com" -> patriotfetch-com), where the
    // slugger alone would glue them.
    const base = slug(name.replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '-'));
    table.set(name, slugger.slug(base === '' ? fallbackSlug(name) : base));
  }
  return table;
}
