/**
 * The comparison of an earlier version of an article with its latest text, as NewsDiffs shows an
 * article changing: the same view as the outlets comparison (`pair-rows.ts`,
 * `compare-rows-html.ts`), the earlier text on the left, with a summary of the paragraphs added,
 * removed and changed since. Build-time only; every text is escaped.
 */
import type { Paragraph } from './align-paragraphs.ts';
import { differenceSentence, linkCounts, plural } from './compare-summary.ts';
import { rowsHtml } from './compare-rows-html.ts';
import { escapeHtml } from './marked-html.ts';
import { escapeAttr } from './paragraph-html.ts';
import { type DiffCounts, pairRows } from './pair-rows.ts';
import type { VersionView } from './version-view.ts';
import { shownTitle } from './page-title.ts';

/** How the comparison names its two sides. */
export const VERSION_NAMES = { left: 'the earlier version', right: 'the latest version' } as const;

/** One side: the version as listed and its paragraphs with their links. */
export interface ComparedVersion {
  readonly version: VersionView;
  readonly paragraphs: readonly Paragraph[];
}

/** The sentence of what changed since the earlier version, by paragraph: added (only in the
 * latest), removed (only in the earlier), changed (reworded or relinked). */
export function changeSentence(counts: DiffCounts): string {
  const changed = counts.changed + counts.relinked;
  if (counts.onlyLeft + counts.onlyRight + changed === 0) {
    return 'No paragraph was added, removed or changed since the earlier version.';
  }
  const n = (k: number) => plural(k, 'paragraph');
  return (
    `Since the earlier version, ${n(counts.onlyRight)} ${counts.onlyRight === 1 ? 'was' : 'were'} added, ` +
    `${n(counts.onlyLeft)} removed and ${n(changed)} changed.`
  );
}

function sideHead(role: string, side: ComparedVersion): string {
  const first = side.version.captures[0];
  const date =
    first?.datetime == null
      ? `<span>${escapeHtml(first?.date ?? '')}</span>`
      : `<time datetime="${escapeAttr(first.datetime)}">${escapeHtml(first.date)}</time>`;
  const more = side.version.captures.length - 1;
  const again = more > 0 ? ` (and ${plural(more, 'identical capture')})` : '';
  return (
    `<div class="cell"><p class="role">${role}</p><h3>${escapeHtml(shownTitle(side.version.title))}</h3>` +
    `<p class="meta">Captured ${date}${again} · ${plural(side.version.words, 'word')} · ` +
    `version ${escapeHtml(side.version.short)}</p></div>`
  );
}

/** The HTML of the comparison of `earlier` with `latest`: a summary (paragraphs added, removed
 * and changed; words and links that differ), each side's capture, then the paragraphs aligned in
 * rows with only the changes marked. */
export function versionComparisonHtml(earlier: ComparedVersion, latest: ComparedVersion): string {
  const { rows, counts } = pairRows(earlier.paragraphs, latest.paragraphs);
  const summary = `${changeSentence(counts)} ${differenceSentence(
    counts,
    linkCounts(earlier.paragraphs, latest.paragraphs),
    VERSION_NAMES,
  )}`;
  return (
    `<h2 id="pair-h">The earlier version and the latest</h2>` +
    `<p class="summary" id="pair-summary">${escapeHtml(summary)}</p>` +
    `<div class="cols"><div class="row head">${sideHead('Earlier version', earlier)}` +
    `${sideHead('Latest version', latest)}</div>` +
    rowsHtml(rows, VERSION_NAMES) +
    '</div>'
  );
}
