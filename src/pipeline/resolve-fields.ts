/**
 * Stage 4: the entry's metadata fields from what the source states, then curated facts for what it
 * does not, then the lede for a missing title. Each field says how it is known; a field nobody knows
 * stays null ("unknown" on the site). The source always wins over a curated fact.
 */
import type { DatePrecision, Origin } from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import type { CleanResult } from '../clean/clean-result.ts';
import { isoPrecision } from '../schema/iso-date.ts';
import { ledeTitle } from './lede-title.ts';

/** The resolved metadata fields of one article. */
export interface ResolvedFields {
  /** Null when neither the source, a curated fact nor the lede gives one. */
  readonly title: string | null;
  readonly titleOrigin: 'source' | 'curated' | 'lede' | null;
  readonly outlet: string | null;
  readonly outletOrigin: Origin | null;
  readonly published: string | null;
  readonly publishedPrecision: DatePrecision;
  readonly publishedOrigin: Origin | null;
  readonly byline: string | null;
  readonly credit: string | null;
  readonly canonicalUrl: string | null;
  readonly facts: readonly { field: string; value: string; note: string }[];
}

/** The host name a URL was published at, without a leading `www.`; null for no or a bad URL. */
export function siteName(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

function firstParagraphText(clean: CleanResult): string {
  for (const block of clean.blocks) {
    if (block.kind === 'paragraph') {
      const text = block.inlines.map((i) => i.text).join('');
      if (/[\p{L}\p{N}]/u.test(text)) return text;
    }
  }
  return '';
}

/** Resolves every metadata field of one cleaned article; `file` names it in error messages. */
export function resolveFields(clean: CleanResult, facts: FactsForFile = {}): ResolvedFields {
  const applied: { field: string; value: string; note: string }[] = [];
  const curated = (field: keyof FactsForFile, present: boolean): string | null => {
    const fact = facts[field];
    if (present || !fact) return null;
    applied.push({ field, value: fact.value, note: fact.note });
    return fact.value;
  };
  const { meta } = clean;

  const curatedTitle = curated('title', meta.title !== null);
  const lede = meta.title ?? curatedTitle ?? ledeTitle(firstParagraphText(clean));
  const titleOrigin = meta.title !== null ? 'source' : curatedTitle !== null ? 'curated' : 'lede';

  const curatedOutlet = curated('outlet', meta.outlet !== null);
  const canonicalUrl = meta.canonicalUrl ?? curated('canonicalUrl', meta.canonicalUrl !== null);
  const site = siteName(canonicalUrl);
  const outlet = meta.outlet?.name ?? curatedOutlet ?? site;
  const outletOrigin: Origin | null =
    meta.outlet?.origin ?? (curatedOutlet !== null ? 'curated' : site !== null ? 'site' : null);

  const curatedDate = curated('published', meta.published !== null);
  const curatedPrecision = curatedDate === null ? null : isoPrecision(curatedDate);
  const published = meta.published?.value ?? (curatedPrecision ? curatedDate : null);

  return {
    title: lede,
    titleOrigin: lede === null ? null : titleOrigin,
    outlet,
    outletOrigin: outlet === null ? null : outletOrigin,
    published,
    publishedPrecision: meta.published?.precision ?? curatedPrecision ?? 'unknown',
    publishedOrigin: meta.published?.origin ?? (curatedPrecision ? 'curated' : null),
    byline: meta.byline ?? curated('byline', meta.byline !== null),
    credit: clean.credit ?? curated('credit', clean.credit !== null),
    canonicalUrl,
    facts: applied,
  };
}
