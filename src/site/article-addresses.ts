/**
 * Human-readable, unique article addresses: `<outlet>/<slug>`, where the outlet part is the
 * outlet page's own slug (`unknown-outlet` when nobody knows it) and the slug is the post's own
 * (the last part of its original address, when that reads as words) or else its headline's. The
 * input file's name never enters an address. Two articles that would share one are told apart by
 * the start of their text's SHA-256, so the address follows the article's content, not the order
 * the files were read in.
 */
import type { Article } from '../schema/article.ts';
import { readableSlug } from '../text/slug.ts';

/** What an address is made from. */
export type AddressedArticle = Pick<Article, 'id' | 'outlet' | 'title' | 'canonicalUrl'> & {
  readonly source: Pick<Article['source'], 'sha256'>;
};

/** The outlet part of an article whose outlet is unknown. */
export const UNKNOWN_OUTLET_SEGMENT = 'unknown-outlet';

/** Longest headline slug, in characters, cut at a word: an address, not the headline. */
const MAX_TITLE_SLUG = 60;

/** Hex digits of the text's hash that tell apart two articles claiming one address. */
const HASH_DIGITS = 6;

/** `slug` cut at the last `-` within `max` characters. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/[-_]+$/u, '');
}

/** The post's own slug, from the last part of its original address, when it reads as words
 * ("mayor-admits-coordinating"): at least two words with letters, not an id ("12345",
 * "index.html", "article-884211"). */
export function postSlug(canonicalUrl: string | null): string | null {
  if (canonicalUrl === null) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(canonicalUrl).pathname);
  } catch {
    return null;
  }
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  const slug = readableSlug(last.replace(/\.(?:s?html?|php|aspx?|jsp)$/iu, ''));
  const words = slug.split(/[-_]+/u).filter((w) => /[a-z]/u.test(w) && !/^\d/u.test(w));
  return words.length >= 2 ? cutAtWord(slug, MAX_TITLE_SLUG) : null;
}

/** The slug part of an article's address: its post's own slug, else its headline's. */
export function articleSlug(article: Pick<Article, 'title' | 'canonicalUrl'>): string {
  const own = postSlug(article.canonicalUrl);
  if (own !== null) return own;
  const title = cutAtWord(readableSlug(article.title ?? ''), MAX_TITLE_SLUG);
  return title === '' ? 'article' : title;
}

/** The address of every article (by id), each unique: `<outlet slug>/<article slug>`, with
 * `-<hash>` added to every article claiming an address another also claims (and `-2`, `-3`… in
 * id order to copies of the same text). `outletSlugs` are the outlet pages' slugs by name. */
export function articleAddresses(
  articles: readonly AddressedArticle[],
  outletSlugs: ReadonlyMap<string, string>,
): Map<string, string> {
  const wanted = articles.map((a) => {
    const outlet = a.outlet === null ? undefined : outletSlugs.get(a.outlet);
    return `${outlet ?? UNKNOWN_OUTLET_SEGMENT}/${articleSlug(a)}`;
  });
  const claims = new Map<string, number>();
  for (const address of wanted) claims.set(address, (claims.get(address) ?? 0) + 1);
  const hashed = articles.map((a, i) => {
    const address = wanted[i] ?? '';
    const shared = (claims.get(address) ?? 0) > 1;
    return shared ? `${address}-${a.source.sha256.slice(0, HASH_DIGITS)}` : address;
  });
  const order = articles.map((a, i) => ({ id: a.id, i })).sort((x, y) => (x.id < y.id ? -1 : 1));
  const seen = new Map<string, number>();
  const result = new Map<string, string>();
  for (const { id, i } of order) {
    const address = hashed[i] ?? '';
    const n = (seen.get(address) ?? 0) + 1;
    seen.set(address, n);
    result.set(id, n === 1 ? address : `${address}-${n}`);
  }
  return result;
}
