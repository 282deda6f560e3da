/**
 * The page's JSON-LD (`<script type="application/ld+json">`): the schema.org object that describes
 * the article, read defensively because pages ship malformed or oddly nested JSON-LD. Used both for
 * metadata (headline, author, dates, publisher) and as a signal for the body (`articleBody`).
 */
import type { CheerioAPI } from 'cheerio/slim';
import { ARTICLE_LD_TYPE, MAX_LD_OBJECTS } from './page-thresholds.ts';

/** A JSON-LD object (a node of the graph). */
export type LdObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is LdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the JSON-LD blocks, flattening arrays and `@graph`, in document order. */
export function ldObjects($: CheerioAPI): LdObject[] {
  const out: LdObject[] = [];
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse($(script).text().trim());
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    for (let at = 0; at < queue.length && out.length < MAX_LD_OBJECTS; at += 1) {
      const next = queue[at];
      if (Array.isArray(next)) for (const item of next) queue.push(item);
      else if (isObject(next)) {
        out.push(next);
        const graph = next['@graph'];
        if (Array.isArray(graph)) for (const item of graph) queue.push(item);
      }
    }
  }
  return out;
}

function types(object: LdObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The object describing the article (NewsArticle, BlogPosting, …), or null when there is none. */
export function articleObject(objects: readonly LdObject[]): LdObject | null {
  return objects.find((o) => types(o).some((t) => ARTICLE_LD_TYPE.test(t))) ?? null;
}

/** A string property, trimmed; null when absent, empty or not text. */
export function ldString(object: LdObject | null, key: string): string | null {
  const value = object?.[key];
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0].trim() || null;
  return null;
}

/** The `name` of a person or organisation property (a string, an object, or a list of either). */
export function ldNames(object: LdObject | null, key: string): string[] {
  const value = object?.[key];
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    const name = typeof item === 'string' ? item : isObject(item) ? item['name'] : null;
    if (typeof name === 'string' && name.trim() !== '') names.push(name.trim());
  }
  return names;
}
