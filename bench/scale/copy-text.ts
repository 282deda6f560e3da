/**
 * The words of each copy: a story's first report made of recombined real sentences (never edited,
 * only reordered and regrouped), and each later copy derived from it as its kind says: verbatim
 * (syndicated), cut and extended (partial), or reworded around the same quotations (rewrite).
 */
import type { ArchivePlan, CopyPlan, Outlet, StoryPlan } from './archive-plan.ts';
import {
  FIRST_NAMES,
  LAST_NAMES,
  PARAGRAPHS,
  REWRITE_KEEP,
  SENTENCES_PER_PARAGRAPH,
} from './archive-shape.ts';
import { createPrng, deriveSeed, type Prng } from './prng.ts';
import type { SentencePool } from './sentence-pool.ts';

/** Everything a format writer needs to write one copy. */
export interface CopyDocument {
  readonly plan: CopyPlan;
  readonly story: StoryPlan;
  readonly outlet: Outlet;
  readonly title: string;
  /** The outlet's text, paragraph by paragraph, exactly as it should come out of the cleaner. */
  readonly paragraphs: readonly string[];
  readonly byline: string;
  /** The outlet whose text this copy republishes (syndicated copies only). */
  readonly credit: string | null;
  /** The outlet's URL for the copy. */
  readonly url: string;
}

/** A story's first report: its headline and paragraphs; `quoteAt` marks quotation paragraphs. */
export interface StoryText {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly quoteAt: ReadonlySet<number>;
}

function headline(sentence: string, rng: Prng): string {
  const words = sentence.replace(/[“”"]/g, '').split(/\s+/).slice(0, rng.int(7, 12));
  const text = words.join(' ').replace(/[,.;:!?]+$/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(rng: Prng, pool: SentencePool): string {
  const n = rng.int(SENTENCES_PER_PARAGRAPH.min, SENTENCES_PER_PARAGRAPH.max);
  return Array.from({ length: n }, () => rng.pick(pool.sentences)).join(' ');
}

/** The first report of `story`, the same for the same story seed and pool. */
export function storyText(story: StoryPlan, pool: SentencePool): StoryText {
  const rng = createPrng(deriveSeed(story.seed, 'text'));
  const paragraphs = Array.from({ length: rng.int(PARAGRAPHS.min, PARAGRAPHS.max) }, () =>
    paragraph(rng, pool),
  );
  const quoteAt = new Set<number>();
  for (const q of story.quotes) {
    const at = rng.int(1, paragraphs.length);
    paragraphs.splice(at, 0, pool.quoted[q]?.sentence ?? '');
  }
  paragraphs.forEach((p, n) => {
    if (story.quotes.some((q) => pool.quoted[q]?.sentence === p)) quoteAt.add(n);
  });
  return { title: headline(paragraphs[0] ?? 'Report', rng), paragraphs, quoteAt };
}

function rewrite(text: StoryText, rng: Prng, pool: SentencePool): string[] {
  const sentences = text.paragraphs
    .filter((_, n) => !text.quoteAt.has(n))
    .flatMap((p) => p.split(/(?<=[.!?][”"’]?)\s+/u));
  const kept = rng.shuffle(sentences).slice(0, Math.ceil(sentences.length * REWRITE_KEEP));
  const out: string[] = [];
  text.paragraphs.forEach((p, n) => {
    if (text.quoteAt.has(n)) {
      out.push(p);
      return;
    }
    const own = kept.splice(0, rng.int(0, 2));
    out.push([...own, rng.pick(pool.sentences)].join(' '));
  });
  return out;
}

function partial(text: StoryText, rng: Prng, pool: SentencePool): string[] {
  const keep = Math.ceil(text.paragraphs.length / 2);
  const head = text.paragraphs.filter((_, n) => n < keep || text.quoteAt.has(n));
  return [...head, ...Array.from({ length: rng.int(1, 3) }, () => paragraph(rng, pool))];
}

/** The address `copy` is published at on its outlet's site (its canonical URL). */
export function copyUrl(outlet: Outlet, copy: CopyPlan): string {
  return `https://www.${outlet.domain}/${copy.published.slice(0, 4)}/${copy.file.replace(/\.[a-z]+$/, '')}/`;
}

/** The document of `copy`; `text` must be the first report of its story. */
export function copyDocument(
  plan: ArchivePlan,
  copy: CopyPlan,
  text: StoryText,
  pool: SentencePool,
): CopyDocument {
  const rng = createPrng(deriveSeed(plan.seed, 'copy', copy.file));
  const story = plan.stories[copy.story];
  const outlet = plan.outlets[copy.outlet];
  if (!story || !outlet) throw new Error(`copy ${copy.file} has no story or outlet`);
  const paragraphs =
    copy.kind === 'rewrite'
      ? rewrite(text, rng, pool)
      : copy.kind === 'partial'
        ? partial(text, rng, pool)
        : [...text.paragraphs];
  const title = copy.kind === 'rewrite' ? headline(paragraphs[0] ?? text.title, rng) : text.title;
  return {
    plan: copy,
    story,
    outlet,
    title,
    paragraphs,
    byline: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    credit: copy.kind === 'syndicated' ? (plan.outlets[copy.firstOutlet]?.name ?? null) : null,
    url: copyUrl(outlet, copy),
  };
}
