/**
 * Stage: judging a container and its extraction, so a wrong first choice falls back to the next
 * candidate. A container is wrong when it holds too little prose (the page's signal marked only a
 * teaser or a part), is mostly links (a menu or a list of headlines), or yields much less text than
 * the page's own JSON-LD `articleBody` says the article has.
 */
import type { Element } from 'domhandler';
import { countWords as tokenCount } from '../../clean/blocks.ts';
import {
  MAX_CONTAINER_LINK_DENSITY,
  MIN_CONTAINER_CHARS,
  MIN_LD_BODY_COVERAGE,
  MIN_SIGNAL_COVERAGE,
} from './page-thresholds.ts';
import { linkDensity, type NodeStats } from './score-nodes.ts';

/** Why a container is not trusted, or null when it is. `bestProse` is the prose held by the
 * density winner, the yardstick for how much text the article has. */
export function containerProblem(
  root: Element,
  stats: ReadonlyMap<Element, NodeStats>,
  bestProse: number,
): string | null {
  const s = stats.get(root);
  const prose = s?.paragraphChars ?? 0;
  if (prose < MIN_CONTAINER_CHARS) return `too little prose (${prose} characters)`;
  if (linkDensity(s) > MAX_CONTAINER_LINK_DENSITY) return 'mostly links';
  if (prose < bestProse * MIN_SIGNAL_COVERAGE) return 'holds only part of the prose';
  return null;
}

/** Why an extracted body is not trusted, or null when it is. */
export function resultProblem(text: string, ldBody: string | null): string | null {
  if (tokenCount(text) === 0) return 'no text';
  if (ldBody !== null && tokenCount(text) < tokenCount(ldBody) * MIN_LD_BODY_COVERAGE) {
    return 'much shorter than the JSON-LD articleBody';
  }
  return null;
}

/** One extraction tried: the body text it gave and what is wrong with it (null: nothing). */
export interface Attempt<T> {
  readonly value: T;
  readonly text: string;
  readonly problem: string | null;
}

/** The first attempt with no problem; failing that, the one with the most text. */
export function bestAttempt<T>(attempts: readonly Attempt<T>[]): Attempt<T> | null {
  const trusted = attempts.find((a) => a.problem === null);
  if (trusted) return trusted;
  let best: Attempt<T> | null = null;
  for (const a of attempts) if (!best || tokenCount(a.text) > tokenCount(best.text)) best = a;
  return best;
}
