/**
 * Two versions' paragraphs aligned and marked, ready to show: each row's paragraphs cut into
 * unchanged and changed words, links that only one of two counterparts prints flagged, and the
 * counts a summary tells. A paragraph only one version prints is one change as a whole.
 */
import { alignParagraphs, type Paragraph, type RowKind } from './align-paragraphs.ts';
import { linksOnlyHere } from './paragraph-html.ts';
import { countWords } from '../text/words.ts';
import { wordChanges, type Change } from './word-changes.ts';

/** One side of a row: its paragraph marked. */
export interface MarkedCell {
  readonly changes: readonly Change[];
  readonly links: Paragraph['links'];
  /** Indexes of the links its counterpart does not print. */
  readonly flagged: ReadonlySet<number>;
}

/** One row: the left and right cells, null for a gap. */
export interface MarkedRow {
  readonly kind: RowKind;
  readonly left: MarkedCell | null;
  readonly right: MarkedCell | null;
}

/** What differs between the two versions, counted. */
export interface DiffCounts {
  /** Rows by kind. */
  readonly same: number;
  /** Counterparts worded differently. */
  readonly changed: number;
  /** Counterparts worded alike whose links differ. */
  readonly relinked: number;
  readonly onlyLeft: number;
  readonly onlyRight: number;
  /** Words only the left prints (changed or dropped), in changed rows and left-only paragraphs. */
  readonly dropped: number;
  /** Words only the right prints, likewise. */
  readonly added: number;
}

const NONE: ReadonlySet<number> = new Set();

/** Counts of a pair with nothing counted yet, each a fresh object the caller may fill. */
export function noDifferences(): { -readonly [K in keyof DiffCounts]: DiffCounts[K] } {
  return { same: 0, changed: 0, relinked: 0, onlyLeft: 0, onlyRight: 0, dropped: 0, added: 0 };
}

/** The marked rows of `left` beside `right` (see `alignParagraphs`) and their counts. Each
 * side's cells, in row order, hold every paragraph of that side once, character for character. */
export function pairRows(
  left: readonly Paragraph[],
  right: readonly Paragraph[],
): { rows: MarkedRow[]; counts: DiffCounts } {
  const counts = noDifferences();
  const rows = alignParagraphs(left, right).map((row): MarkedRow => {
    const l = row.left === null ? undefined : left[row.left];
    const r = row.right === null ? undefined : right[row.right];
    if (l !== undefined && r !== undefined) {
      if (row.kind === 'same') {
        counts.same += 1;
        const same = (p: Paragraph): MarkedCell => ({
          changes: [{ op: 'same', text: p.text }],
          links: p.links,
          flagged: NONE,
        });
        return { kind: 'same', left: same(l), right: same(r) };
      }
      const marked = wordChanges(l.text, r.text);
      if (l.text === r.text) counts.relinked += 1;
      else counts.changed += 1;
      counts.dropped += marked.dropped;
      counts.added += marked.added;
      return {
        kind: 'changed',
        left: { changes: marked.left, links: l.links, flagged: linksOnlyHere(l.links, r.links) },
        right: { changes: marked.right, links: r.links, flagged: linksOnlyHere(r.links, l.links) },
      };
    }
    if (l !== undefined) {
      counts.onlyLeft += 1;
      counts.dropped += countWords(l.text);
      return { kind: 'left', left: whole(l, 'dropped'), right: null };
    }
    counts.onlyRight += 1;
    counts.added += countWords(r?.text ?? '');
    return { kind: 'right', left: null, right: r === undefined ? null : whole(r, 'added') };
  });
  return { rows, counts };
}

function whole(p: Paragraph, op: 'dropped' | 'added'): MarkedCell {
  return { changes: [{ op, text: p.text }], links: p.links, flagged: NONE };
}
