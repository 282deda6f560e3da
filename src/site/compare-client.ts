/**
 * A story's comparison page in the browser. Shows the pair the address names (`?pair=a~b`) from
 * the texts the page carries and marks it current in the list of pairs; an address naming no pair
 * of the story says so instead of showing another pair; an address naming none keeps the pair the
 * page was built with, which its heading names (the address itself is left alone: rewriting it is
 * a navigation, and pages never navigate on their own). Also runs the "previous change"
 * and "next change" buttons, which the page keeps hidden until this script can run them.
 */
import { CHANGE_CLASS } from './compare-rows-html.ts';
import {
  type ComparisonData,
  comparisonHtml,
  defaultPair,
  findPair,
  pairHeading,
} from './comparison.ts';
import { escapeHtml } from './marked-html.ts';

/** Marks the list link of `slug`'s pair current (no link when it names no pair). */
function markCurrent(doc: Document, data: ComparisonData, slug: string | null): void {
  const pair = slug === null ? undefined : findPair(data, slug);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.pairs a')) {
    const named = new URL(link.href).searchParams.get('pair') ?? '';
    if (pair !== undefined && findPair(data, named) === pair)
      link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Shows the pair `location` asks for in `#comparison` (if it is not the one shown). */
function showPair(doc: Document, data: ComparisonData, location: Pick<Location, 'search'>) {
  const section = doc.getElementById('comparison');
  if (section === null) return;
  const slug = new URLSearchParams(location.search).get('pair');
  const shown = defaultPair(data.pairs);
  if (slug === null) return;
  const pair = findPair(data, slug);
  markCurrent(doc, data, slug);
  if (pair === undefined) {
    section.innerHTML =
      '<h2 id="pair-h">No such pair</h2>' +
      `<p class="problem" role="alert">This story has no pair “${escapeHtml(slug)}”, so no ` +
      'texts are shown. Choose one of the pairs listed above.</p>';
    doc.querySelector('.tools')?.setAttribute('hidden', '');
    doc.title = doc.title.replace(/^Compare versions:/, 'No such pair:');
    return;
  }
  if (pair === shown) return;
  section.innerHTML = comparisonHtml(data, pair);
  doc.title = doc.title.replace(/^Compare versions:/, `Compare ${pairHeading(data, pair)}:`);
}

/** The change the buttons last moved to, as an index; -1 before the first move. */
let lastMoved = -1;

/** Focuses the change after (`step` 1) or before (-1) the focused one (else the one last moved
 * to, else the first below or above the top of the screen), and says which it is. */
function moveToChange(doc: Document, step: 1 | -1): void {
  const rows = [...doc.querySelectorAll<HTMLElement>(`#comparison .${CHANGE_CLASS}`)];
  const status = doc.getElementById('change-status');
  if (rows.length === 0) {
    if (status) status.textContent = 'These two texts have no changes.';
    return;
  }
  const active = rows.indexOf(doc.activeElement as HTMLElement);
  const focused = active >= 0 ? active : rows[lastMoved] === undefined ? -1 : lastMoved;
  const top = (el: HTMLElement) => el.getBoundingClientRect().top;
  let next: number;
  if (focused >= 0) next = focused + step;
  else if (step === 1) next = rows.findIndex((el) => top(el) > 1);
  else next = rows.findLastIndex((el) => top(el) < -1);
  next = next < 0 ? (step === 1 ? rows.length - 1 : 0) : Math.min(next, rows.length - 1);
  const row = rows[next];
  if (row === undefined) return;
  lastMoved = next;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'center' });
  if (status) status.textContent = `Change ${next + 1} of ${rows.length}`;
}

/** Shows and runs the "previous change" and "next change" buttons of a comparison page. */
export function startChangeButtons(doc: Document): void {
  for (const [id, step] of [
    ['prev-change', -1],
    ['next-change', 1],
  ] as const) {
    const button = doc.getElementById(id);
    button?.removeAttribute('hidden');
    button?.addEventListener('click', () => moveToChange(doc, step));
  }
}

/** Starts the page: the pair the address names, and the change buttons. */
export function startComparison(doc: Document, location: Pick<Location, 'search'>): void {
  const json = doc.getElementById('comparison-data')?.textContent;
  if (json == null) return;
  const data = JSON.parse(json) as ComparisonData;
  showPair(doc, data, location);
  startChangeButtons(doc);
}
