/**
 * How well the stories the analysis found agree with the stories the generator planned, counted
 * over pairs of articles (the usual clustering measure): precision is the share of pairs put in
 * one story that the plan has in one story, recall the share of the plan's same-story pairs that
 * were put in one story. Linear in the number of articles: pairs are counted per story, never
 * listed.
 */

/** Pairwise agreement of found stories with planned ones. */
export interface StoryAgreement {
  readonly found: number;
  readonly planned: number;
  /** Largest found story, in articles. */
  readonly largest: number;
  /** 0..1, or 1 when no pair was put together. */
  readonly precision: number;
  /** 0..1, or 1 when the plan has no pair. */
  readonly recall: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** The agreement of `found` (each story as its article ids) with the plan, given each article's
 * planned story (`plannedStory`); articles the plan does not know are each their own story. */
export function storyAgreement(
  found: readonly (readonly string[])[],
  plannedStory: ReadonlyMap<string, number>,
): StoryAgreement {
  let together = 0;
  let right = 0;
  let largest = 0;
  const plannedSizes = new Map<number | string, number>();
  for (const story of found) {
    together += pairs(story.length);
    largest = Math.max(largest, story.length);
    const byPlan = new Map<number | string, number>();
    for (const id of story) {
      const key = plannedStory.get(id) ?? `unknown:${id}`;
      byPlan.set(key, (byPlan.get(key) ?? 0) + 1);
      plannedSizes.set(key, (plannedSizes.get(key) ?? 0) + 1);
    }
    for (const n of byPlan.values()) right += pairs(n);
  }
  let planned = 0;
  for (const n of plannedSizes.values()) planned += pairs(n);
  return {
    found: found.length,
    planned: new Set(plannedStory.values()).size,
    largest,
    precision: together === 0 ? 1 : right / together,
    recall: planned === 0 ? 1 : right / planned,
  };
}
