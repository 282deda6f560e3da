/**
 * A story's comparison page in the browser: shows the pair the address names (`?pair=a~b`) from
 * the texts the page carries, and marks it current in the list of pairs. Without a pair, or with
 * one the story does not have, the pair the page was built with stays.
 */
import {
  type ComparisonData,
  comparisonHtml,
  defaultPair,
  findPair,
  pairHeading,
} from './comparison.ts';

/** Renders the pair `location` asks for into `#comparison`, if it is not the one shown. */
export function startComparison(doc: Document, location: Pick<Location, 'search'>): void {
  const slug = new URLSearchParams(location.search).get('pair');
  const section = doc.getElementById('comparison');
  const json = doc.getElementById('comparison-data')?.textContent;
  if (slug === null || section === null || json == null) return;
  const data = JSON.parse(json) as ComparisonData;
  const pair = findPair(data, slug);
  if (pair === undefined || pair === defaultPair(data.pairs)) return;
  section.innerHTML = comparisonHtml(data, pair);
  doc.title = doc.title.replace(/^Compare versions:/, `Compare ${pairHeading(data, pair)}:`);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.pairs a')) {
    const current = findPair(data, new URL(link.href).searchParams.get('pair') ?? '') === pair;
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
