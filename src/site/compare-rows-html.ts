/**
 * The aligned rows of a comparison as HTML. Each row holds one paragraph of each version (or a
 * gap), each cell labelled with its version for screen readers and narrow screens. Rows that
 * differ are numbered changes (`id="change-N"`, focusable, so "next change" can move to them)
 * with a spoken summary of what changed; before each run of identical rows a fold line counts
 * them, shown only in the "changes only" view (the stylesheet hides identical rows there).
 */
import type { MarkedCell, MarkedRow } from './pair-rows.ts';
import { escapeHtml } from './marked-html.ts';
import { paragraphHtml } from './paragraph-html.ts';
import { plural } from './compare-summary.ts';

/** Class of a row that differs; the browser script moves between these. */
export const CHANGE_CLASS = 'change';

function cellHtml(name: string, cell: MarkedCell | null): string {
  const label = `<p class="side">${escapeHtml(name)}</p>`;
  if (cell === null) {
    return `<div class="cell gap">${label}<p class="none">Not in ${escapeHtml(name)}</p></div>`;
  }
  return (
    `<div class="cell">${label}` +
    `<p class="text marked">${paragraphHtml(cell.changes, cell.links, cell.flagged)}</p></div>`
  );
}

function what(row: MarkedRow, names: { left: string; right: string }): string {
  if (row.kind === 'left') return `a paragraph only in ${names.left}`;
  if (row.kind === 'right') return `a paragraph only in ${names.right}`;
  const alike = [row.left, row.right].every((c) => c?.changes.every((x) => x.op === 'same'));
  return alike
    ? 'a paragraph worded alike, with different links'
    : 'a paragraph worded differently';
}

/** The fold line before a run of `count` identical paragraphs. */
function fold(count: number): string {
  return `<p class="fold">${plural(count, 'identical paragraph')}</p>`;
}

/** The rows' HTML, in order: identical rows plain, changes numbered and marked, a fold line
 * before each run of identical rows. `names` label the two versions. */
export function rowsHtml(
  rows: readonly MarkedRow[],
  names: { readonly left: string; readonly right: string },
): string {
  const total = rows.filter((r) => r.kind !== 'same').length;
  let html = '';
  let change = 0;
  rows.forEach((row, k) => {
    const cells = cellHtml(names.left, row.left) + cellHtml(names.right, row.right);
    if (row.kind === 'same') {
      if (rows[k - 1]?.kind !== 'same') {
        let run = 0;
        while (rows[k + run]?.kind === 'same') run += 1;
        html += fold(run);
      }
      html += `<div class="row same">${cells}</div>`;
      return;
    }
    change += 1;
    html +=
      `<div class="row ${CHANGE_CLASS} ${row.kind}" id="change-${change}" tabindex="-1">` +
      `<p class="vh">Change ${change} of ${total}: ${escapeHtml(what(row, names))}</p>` +
      `${cells}</div>`;
  });
  return html;
}
