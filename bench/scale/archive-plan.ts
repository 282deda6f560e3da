/**
 * The plan of a synthetic archive: outlets, stories and every copy of every story (which outlet,
 * how it reuses the first report, in which format, when). Each story draws from its own seeded
 * stream, so story k is the same whatever the archive's size: a smaller archive is a prefix of a
 * larger one, which keeps growth comparisons fair.
 */
import {
  BENCH_FORMATS,
  type BenchFormat,
  type CopyKind,
  COPIES_WEIGHTS,
  FIRST_YEAR,
  FORMAT_WEIGHTS,
  KIND_WEIGHTS,
  LAST_YEAR,
  MAX_COPY_DELAY_DAYS,
  OUTLET_COUNT,
  OUTLET_PREFIXES,
  OUTLET_SUFFIXES,
  QUOTES_PER_STORY,
  TAGS,
  weighted,
} from './archive-shape.ts';
import { createPrng, deriveSeed } from './prng.ts';
import type { SentencePool } from './sentence-pool.ts';

/** An outlet of the archive; it always publishes in one format. */
export interface Outlet {
  readonly name: string;
  /** Host name under the reserved `.example` top-level domain. */
  readonly domain: string;
  readonly format: BenchFormat;
  /** Plain-text copies of this outlet break paragraphs with single newlines. */
  readonly singleNewlines: boolean;
}

/** One story: the event several outlets cover. */
export interface StoryPlan {
  readonly index: number;
  readonly seed: number;
  /** Day of the first report, `YYYY-MM-DD`. */
  readonly day: string;
  readonly tags: readonly string[];
  /** Indexes into the pool's quotation sentences: every copy prints them verbatim. */
  readonly quotes: readonly number[];
}

/** One input file of the archive. */
export interface CopyPlan {
  readonly file: string;
  readonly story: number;
  /** 0 for the first report, then 1, 2, … */
  readonly copy: number;
  readonly outlet: number;
  readonly kind: CopyKind;
  /** The outlet of the story's first report (its own outlet for the first report). */
  readonly firstOutlet: number;
  /** Publication time, ISO 8601 with offset. */
  readonly published: string;
}

/** The whole plan: `copies.length` is the archive's size. */
export interface ArchivePlan {
  readonly seed: number;
  readonly outlets: readonly Outlet[];
  readonly stories: readonly StoryPlan[];
  readonly copies: readonly CopyPlan[];
  /** What the benchmark searches for: a word, a phrase, and a quotation printed by several outlets
   * (a quoted query, as a reader types it). */
  readonly queries: { readonly word: string; readonly phrase: string; readonly quote: string };
}

const EXTENSION: Readonly<Record<BenchFormat, string>> = {
  'plain-text': 'txt',
  wordpress: 'json',
  html: 'html',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The archive's outlets, the same for every size and seed. */
export function planOutlets(seed: number): Outlet[] {
  const rng = createPrng(deriveSeed(seed, 'outlets'));
  const formats = BENCH_FORMATS.map((f) => [f, FORMAT_WEIGHTS[f]] as const);
  return Array.from({ length: OUTLET_COUNT }, (_, n) => {
    const prefix = OUTLET_PREFIXES[n % OUTLET_PREFIXES.length] ?? 'Daily';
    const suffix =
      OUTLET_SUFFIXES[Math.floor(n / OUTLET_PREFIXES.length) % OUTLET_SUFFIXES.length] ?? 'Post';
    const name = `The ${prefix} ${suffix}`;
    return {
      name,
      domain: `${slug(`${prefix}${suffix}`)}.example`,
      format: weighted(formats, rng.next()),
      singleNewlines: rng.chance(0.3),
    };
  });
}

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** Plans an archive of exactly `articles` copies. */
export function planArchive(articles: number, seed: number, pool: SentencePool): ArchivePlan {
  const outlets = planOutlets(seed);
  const first = Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000;
  const days = Date.UTC(LAST_YEAR, 11, 31) / 86_400_000 - first;
  const kinds = Object.entries(KIND_WEIGHTS) as [Exclude<CopyKind, 'original'>, number][];
  const counts = COPIES_WEIGHTS.map((w, n) => [n + 1, w] as const);
  const stories: StoryPlan[] = [];
  const copies: CopyPlan[] = [];
  for (let index = 0; copies.length < articles; index += 1) {
    const storySeed = deriveSeed(seed, 'story', index);
    const rng = createPrng(storySeed);
    const day = first + rng.int(0, days);
    const story: StoryPlan = {
      index,
      seed: storySeed,
      day: isoDay(day),
      tags: rng.shuffle(TAGS).slice(0, rng.int(2, 4)),
      quotes: Array.from({ length: rng.int(QUOTES_PER_STORY.min, QUOTES_PER_STORY.max) }, () =>
        rng.int(0, pool.quoted.length - 1),
      ),
    };
    stories.push(story);
    const want = Math.min(weighted(counts, rng.next()), articles - copies.length);
    const chosen = rng.shuffle(outlets.map((_, n) => n)).slice(0, want);
    chosen.forEach((outlet, copy) => {
      const delay = copy === 0 ? 0 : rng.int(0, MAX_COPY_DELAY_DAYS);
      const minutes = rng.int(6 * 60, 22 * 60);
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
      const outletPlan = outlets[outlet];
      const name = `${String(index).padStart(6, '0')}-${copy}-${slug(outletPlan?.name ?? 'outlet')}`;
      copies.push({
        file: `${name}.${EXTENSION[outletPlan?.format ?? 'plain-text']}`,
        story: index,
        copy,
        outlet,
        kind: copy === 0 ? 'original' : weighted(kinds, rng.next()),
        firstOutlet: chosen[0] ?? outlet,
        published: `${isoDay(day + delay)}T${time}-05:00`,
      });
    });
  }
  return { seed, outlets, stories, copies, queries: planQueries(stories, copies, pool) };
}

/** The quoted search: the first quotation of the first story printed by three or more outlets
 * (or by the most, in a tiny archive), cut to at most eight words. */
function planQueries(
  stories: readonly StoryPlan[],
  copies: readonly CopyPlan[],
  pool: SentencePool,
): ArchivePlan['queries'] {
  const perStory = new Map<number, number>();
  for (const c of copies) perStory.set(c.story, (perStory.get(c.story) ?? 0) + 1);
  let best = stories[0];
  for (const s of stories) {
    if ((perStory.get(s.index) ?? 0) >= 3) {
      best = s;
      break;
    }
    if ((perStory.get(s.index) ?? 0) > (perStory.get(best?.index ?? 0) ?? 0)) best = s;
  }
  const quote = pool.quoted[best?.quotes[0] ?? 0]?.quote ?? '';
  const words = quote
    .replace(/[,.;:!?]+$/u, '')
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  return { word: pool.word, phrase: pool.phrase, quote: `"${words}"` };
}
