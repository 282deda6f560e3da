/**
 * The versions stage, between cleaning and the cross-outlet analysis: entries whose addresses
 * have one version key (`canonical-url.ts`), from any inputs (two web archives, an archive and a
 * loose file, two feed items), become one article. It shows the text of the latest capture and
 * lists the earlier texts as versions; captures with identical text are one version. An article of
 * several captures takes its id from its address (the version key, as a web archive's record is
 * named by its address), not from any one capture: which capture is earliest is only known as far
 * as their dates go, and an undated capture added later would otherwise rename it. Pure.
 */
import { createHash } from 'node:crypto';
import { articleId } from '../pipeline/article-id.ts';
import type { ArticleEntry, Capture, Version } from '../schema/article.ts';
import { captureOrder, type OrderedCapture } from './capture-order.ts';
import { versionKey } from './canonical-url.ts';

/** The entries of one input (as the ingest groups them to give ids), before ids are made unique. */
export interface BuiltInput<E extends ArticleEntry = ArticleEntry> {
  readonly file: string;
  readonly entries: E[];
}

/** Lowercase hex SHA-256 of `text` in NFC: a version's identity. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

const captureOf = (entry: ArticleEntry): Capture => ({
  captured: entry.data.source.record?.captured ?? null,
  source: entry.data.source,
});

/** The texts of `ordered` captures (earliest first) as versions, in the order each was first
 * captured, each with its captures. */
function distinctTexts(ordered: readonly OrderedCapture[]) {
  const texts = new Map<string, { entries: ArticleEntry[] }>();
  for (const { entry } of ordered) {
    const hash = textHash(entry.data.text);
    const held = texts.get(hash) ?? { entries: [] };
    held.entries.push(entry);
    texts.set(hash, held);
  }
  return texts;
}

/** One article from the captures of one address (at least two), named by that address. */
export function mergeCaptures<E extends ArticleEntry>(captures: readonly E[]): E {
  const ordered = captureOrder(captures);
  const first = ordered[0]?.entry;
  const last = ordered[ordered.length - 1]?.entry;
  if (first === undefined || last === undefined) throw new Error('mergeCaptures: no capture');
  const texts = distinctTexts(ordered);
  const latestHash = textHash(last.data.text);
  const earlier: Version[] = [...texts]
    .filter(([hash]) => hash !== latestHash)
    .map(([sha256, { entries }]) => {
      const shown = entries[entries.length - 1] ?? last;
      return {
        sha256,
        captures: entries.map(captureOf),
        title: shown.data.title,
        wordCount: shown.data.wordCount,
        text: shown.data.text,
        markdown: shown.markdown,
      };
    });
  const dated = ordered.find(({ entry }) => entry.data.published !== null)?.entry.data;
  // The publication date belongs to the article, not to a text: a capture that states it (a feed
  // item) tells it for the capture shown when that one does not.
  const published =
    last.data.published !== null || dated === undefined
      ? {}
      : {
          published: dated.published,
          publishedPrecision: dated.publishedPrecision,
          publishedOrigin: dated.publishedOrigin,
        };
  const latest = {
    sha256: latestHash,
    captures: (texts.get(latestHash)?.entries ?? []).map(captureOf),
  };
  const versions = { latest, earlier };
  const key = versionKey(last.data.canonicalUrl);
  const id = key === null ? first.data.id : articleId(key, true);
  return { ...last, data: { ...last.data, ...published, id, versions } };
}

/** `built` with the entries of each version key merged into one article (see the module
 * comment); entries with no key, or alone with theirs, are left as they are. A merged article is
 * an input of its own, named by its version key and placed after the input of its earliest
 * capture: it claims its id as its address, so when that id clashes with another, the suffix that
 * tells them apart is made from the address too, not from whichever capture is earliest. Inputs
 * left with no entry are dropped. */
export function collapseVersions<E extends ArticleEntry>(
  built: readonly BuiltInput<E>[],
): BuiltInput<E>[] {
  const byKey = new Map<string, E[]>();
  for (const { entries } of built) {
    for (const entry of entries) {
      const key = versionKey(entry.data.canonicalUrl);
      if (key === null) continue;
      const group = byKey.get(key) ?? [];
      group.push(entry);
      byKey.set(key, group);
    }
  }
  const replaced = new Map<E, BuiltInput<E> | null>();
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const merged = { file: key, entries: [mergeCaptures(group)] };
    const oldest = captureOrder(group)[0]?.entry;
    for (const entry of group) replaced.set(entry, entry === oldest ? merged : null);
  }
  if (replaced.size === 0) return [...built];
  return built.flatMap(({ file, entries }) => {
    const kept = entries.filter((e) => !replaced.has(e));
    const merged = entries.flatMap((e) => replaced.get(e) ?? []);
    return [...(kept.length === 0 ? [] : [{ file, entries: kept }]), ...merged];
  });
}
