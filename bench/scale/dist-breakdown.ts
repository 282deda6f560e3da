/**
 * What each part of a built site costs: every file of `dist/` is put in one part (pages by the
 * kind of page, the JSON API, the bulk export, the feeds and sitemap, the raw inputs, Pagefind's
 * index, the shared assets) and each part's bytes and files are summed, so the README can say what
 * each part costs per article. Pure: file paths and sizes in, parts out.
 */

/** One file of a built site: its path relative to `dist/` (forward slashes) and its size. */
export interface DistFile {
  readonly path: string;
  readonly bytes: number;
}

/** One part of a built site and what it weighs. */
export interface DistPart {
  /** The part's name as the table prints it (`pages: articles`, `api`, `pagefind`…). */
  readonly part: string;
  readonly bytes: number;
  readonly files: number;
}

/** Folders whose HTML pages are one kind of page each (the first folder of the path). */
const PAGE_KINDS = new Set([
  'articles',
  'stories',
  'compare',
  'quotes',
  'people',
  'organisations',
  'speakers',
  'outlets',
  'tags',
  'archive',
  'search',
]);

/** The part a file belongs to, from its path alone: folders the site writes for one purpose
 * first, then feeds and sitemaps wherever they sit, then HTML pages by their first folder, and
 * whatever else the pages share (style sheets, scripts, icons) as assets. */
export function partOf(path: string): string {
  const [first = '', second = ''] = path.split('/');
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (first === 'pagefind') return 'pagefind';
  if (first === 'raw') return 'raw inputs';
  if (first === 'api') return second === 'bulk' ? 'bulk export' : 'api';
  if (/\.xml$/.test(file) || file === 'robots.txt') return 'feeds and sitemap';
  if (file.endsWith('.html'))
    return `pages: ${PAGE_KINDS.has(first) && path.includes('/') ? first : 'other'}`;
  return 'assets';
}

/** Sums the files into parts, largest first (ties by name, so the order is stable). */
export function distBreakdown(files: readonly DistFile[]): DistPart[] {
  const parts = new Map<string, { bytes: number; files: number }>();
  for (const f of files) {
    const name = partOf(f.path);
    const part = parts.get(name) ?? { bytes: 0, files: 0 };
    part.bytes += f.bytes;
    part.files += 1;
    parts.set(name, part);
  }
  return [...parts]
    .map(([part, { bytes, files: count }]) => ({ part, bytes, files: count }))
    .sort((a, b) => b.bytes - a.bytes || a.part.localeCompare(b.part));
}
