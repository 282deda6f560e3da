/**
 * Cache keys for Astro's incremental static build (`experimental.incrementalBuild`): a page that
 * `getStaticPaths` returns with a `cacheKey` is copied from the previous build instead of being
 * rendered again when its key, and the code it is rendered with, are unchanged. A stale page
 * would be a wrong archive, so each key is the SHA-256 of everything its page reads: the records
 * it shows and, for every article it names or links, that article's content, rendered body,
 * address and outlet slug. Where a page reads a part of a record, the key takes the whole record
 * (but for the printings of a quote by other articles, which only quote, entity and listing
 * pages show): a key may change when its page would not (the page is then rendered again, the
 * same), never the other way round. Pages without a key (the listings by date, outlet and tag, which every new
 * article changes, and the outlet feeds) are rendered on every build.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import type { Quote } from '../schema/quote.ts';
import type { ArticleAnalysis, Entity, Story } from '../schema/story.ts';
import type { CutPrinting } from './cut-printings.ts';
import { type EntityLookup, speakerEntity } from './entity-view.ts';

/** What the keys are computed from: the lookups the pages read. */
export interface KeyedArchive {
  readonly articleById: ReadonlyMap<string, Article>;
  /** Each article's rendered body (HTML) by id. */
  readonly bodyHtml: ReadonlyMap<string, string>;
  /** Each article's address by id. */
  readonly addresses: ReadonlyMap<string, string>;
  readonly outletSlugs: ReadonlyMap<string, string>;
  readonly tagSlugs: ReadonlyMap<string, string>;
  readonly analysis: ReadonlyMap<string, ArticleAnalysis>;
  /** By quote id, the articles that printed its words and cut them (see `cut-printings.ts`). */
  readonly cutPrintings: ReadonlyMap<string, readonly CutPrinting[]>;
  readonly storyById: ReadonlyMap<string, Story>;
  readonly quoteById: ReadonlyMap<string, Quote>;
  readonly entityByName: EntityLookup;
  /** What every page may depend on besides the records: the settings pages read from the
   * environment (the site's origin and base path are in Astro's config, whose change already
   * renders every page again). */
  readonly settings: readonly (string | null)[];
}

/** A part of a key: a value, a record (hashed once per object), or a list of parts. */
type Part = string | number | boolean | null | undefined | object | readonly Part[];

const recordDigests = new WeakMap<object, string>();

/** The SHA-256 of a record's JSON, computed once per object: records are shared by many pages.
 * Records are never changed once read (a build reads each collection once), so the first digest
 * of an object stays its digest. */
export function digestOf(record: object): string {
  let digest = recordDigests.get(record);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(record)).digest('base64url');
    recordDigests.set(record, digest);
  }
  return digest;
}

function feed(hash: ReturnType<typeof createHash>, part: Part): void {
  if (Array.isArray(part)) {
    hash.update('[');
    for (const item of part as readonly Part[]) feed(hash, item);
    hash.update(']');
  } else if (typeof part === 'object' && part !== null) hash.update(`#${digestOf(part)};`);
  else hash.update(`${JSON.stringify(part ?? null)};`);
}

/** The key of `parts`: equal exactly when every part is (lists compared item by item, records
 * by their JSON). */
export function keyOf(parts: readonly Part[]): string {
  const hash = createHash('sha256');
  feed(hash, parts);
  return hash.digest('base64url');
}

/** The cache key of each kind of keyed page. */
export interface PageKeys {
  readonly article: (id: string) => string;
  readonly articleRecord: (id: string) => string;
  readonly version: (articleId: string, version: string) => string;
  readonly story: (id: string) => string;
  readonly storyRecord: (id: string) => string;
  readonly storyFeed: (id: string) => string;
  readonly comparison: (storyId: string) => string;
  readonly quote: (id: string) => string;
  readonly quoteRecord: (id: string) => string;
  /** Every page of a person's or organisation's paged list. */
  readonly entity: (entity: Entity) => string;
  /** A page that leads to an entity's page. */
  readonly moved: (to: Entity) => string;
}

/** The parts keys are made of, each made once per archive. */
interface KeyParts {
  /** An article as another page shows it: its record and body, its address and outlet slug. */
  readonly ref: (id: string) => Part;
  /** A quote with every article printing it. */
  readonly quoteWithPrinters: (id: string) => Part;
  /** A story with every article in it. */
  readonly storyWithArticles: (id: string | undefined) => Part;
  /** A quote with only its printings by the articles `shown` accepts: for a page that shows no
   * other printing of it (nor which was earliest). */
  readonly quotePrintedBy: (id: string, shown: (article: string) => boolean) => Part;
  /** What a page shows of a quote's speaker: the name, type and slug of their page (not the
   * articles naming them, which change far more often). */
  readonly speakerOf: (quote: Quote | undefined) => Part;
}

function keyParts(archive: KeyedArchive): KeyParts {
  const refs = new Map<string, Part>();
  const ref = (id: string): Part => {
    let part = refs.get(id);
    if (part === undefined) {
      const article = archive.articleById.get(id);
      part =
        article === undefined
          ? ['missing', id]
          : [
              article,
              archive.bodyHtml.get(id) ?? null,
              archive.addresses.get(id) ?? null,
              article.outlet === null ? null : (archive.outletSlugs.get(article.outlet) ?? null),
            ];
      refs.set(id, part);
    }
    return part;
  };
  return {
    ref,
    quoteWithPrinters: (id) => {
      const quote = archive.quoteById.get(id);
      return quote === undefined
        ? ['missing', id]
        : [quote, quote.appearances.map((a) => ref(a.article))];
    },
    storyWithArticles: (id) => {
      const story = id === undefined ? undefined : archive.storyById.get(id);
      return story === undefined ? ['missing', id] : [story, story.articles.map(ref)];
    },
    speakerOf: (quote) => {
      const entity = quote === undefined ? undefined : speakerEntity(archive.entityByName, quote);
      return entity === undefined ? null : [entity.name, entity.type, entity.slug];
    },
    quotePrintedBy: (id, shown) => {
      const quote = archive.quoteById.get(id);
      if (quote === undefined) return ['missing', id];
      // Nor its earliest printing, which a printing of an older article moves.
      const own = quote.appearances.filter((a) => shown(a.article));
      return [{ ...quote, appearances: [], earliest: null }, own];
    },
  };
}

/** The keys of the pages of `archive` (see the module's comment for what each key covers). */
export function pageKeys(archive: KeyedArchive): PageKeys {
  const { analysis, storyById, quoteById, settings } = archive;
  const { ref, quoteWithPrinters, storyWithArticles, quotePrintedBy, speakerOf } =
    keyParts(archive);
  const key = (kind: string, parts: readonly Part[]): string => keyOf([settings, kind, ...parts]);
  return {
    article: (id) => {
      const own = analysis.get(id);
      // The page shows each quote it prints and marks its own printings, not who else printed it.
      return key('article', [
        ref(id),
        (archive.articleById.get(id)?.tags ?? []).map((tag) => archive.tagSlugs.get(tag) ?? null),
        own,
        storyWithArticles(own?.story),
        (own?.quotes ?? []).map((q) => quotePrintedBy(q, (a) => a === id)),
      ]);
    },
    articleRecord: (id) => key('article-record', [ref(id), analysis.get(id)]),
    version: (articleId, version) => key('version', [ref(articleId), version]),
    story: (id) => {
      const articles = storyById.get(id)?.articles ?? [];
      const members = new Set(articles);
      // The page shows which of its articles print each quote, and how; not who else does.
      const quotes = [...new Set(articles.flatMap((a) => analysis.get(a)?.quotes ?? []))];
      return key('story', [
        storyWithArticles(id),
        articles.map((a) => analysis.get(a)),
        quotes.map((q) => quotePrintedBy(q, (a) => members.has(a))),
      ]);
    },
    storyRecord: (id) => key('story-record', [storyById.get(id)]),
    storyFeed: (id) => key('story-feed', [storyWithArticles(id)]),
    comparison: (storyId) => key('comparison', [storyWithArticles(storyId)]),
    quote: (id) => {
      const quote = quoteById.get(id);
      const printed = new Set(quote?.appearances.map((a) => a.article));
      const printers = (quote?.appearances ?? []).map((a) => {
        const own = analysis.get(a.article);
        const story = own === undefined ? undefined : storyById.get(own.story);
        // The page reads a printer's quotations (to show the statement a quote is part of) and
        // the related pairs its printers form, nothing else of their analysis or story.
        const pairs = story?.reuse.filter((p) => printed.has(p.a) && printed.has(p.b));
        return [ref(a.article), own?.mentions, story === undefined ? null : [story.id, pairs]];
      });
      const cut = (archive.cutPrintings.get(id) ?? []).map((c) => [ref(c.article), c.cut]);
      return key('quote', [quoteWithPrinters(id), printers, cut, speakerOf(quote)]);
    },
    quoteRecord: (id) => key('quote-record', [quoteById.get(id)]),
    entity: (entity) =>
      key('entity', [
        entity,
        entity.articles.map(ref),
        entity.quotes.map((id) => [quoteWithPrinters(id), speakerOf(quoteById.get(id))]),
      ]),
    moved: (to) => key('moved', [to.name, to.type, to.slug]),
  };
}
