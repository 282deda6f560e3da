/**
 * Two related articles side by side, aligned on the passages they print word for word (the
 * analysis' own alignment): each row holds the same stretch of both texts. Inside and between
 * shared passages, words one side adds, drops or changes are marked from a word-level diff; long
 * stretches only one side prints are shown as such, not diffed word by word (a rewrite has no
 * meaningful word diff). Every character of both texts is kept, in order.
 */
import { diffWords } from 'diff';
import type { Passage, ReusePair } from '../schema/story.ts';
import { countWords, wordTokens } from '../text/words.ts';

/** `shared`: inside a passage both print; `same`: identical words outside one; `dropped`: only
 * the left text prints them; `added`: only the right one does. */
export type SegmentOp = 'shared' | 'same' | 'dropped' | 'added';

/** A run of text with one marking. */
export interface Segment {
  readonly op: SegmentOp;
  readonly text: string;
}

/** `shared`: a stretch both print: passages word for word, and the words one side adds, drops or
 * changes around them; `unique`: a stretch only one side prints, or that the two word
 * differently throughout. */
export type RowKind = 'shared' | 'unique';

/** One aligned row: the left and right texts of the same stretch. */
export interface SideBySideRow {
  readonly kind: RowKind;
  readonly left: readonly Segment[];
  readonly right: readonly Segment[];
}

/** A passage as word offsets into the left and right texts. */
export interface SidePassage {
  readonly left: number;
  readonly right: number;
  readonly words: number;
}

/** A gap between two passages of at most this many words on each side is a small edit inside one
 * shared stretch ("said" for "says"), shown in the same row. */
export const SMALL_GAP_WORDS = 3;
/** A longer stretch between passages is shown as edits of one text only when at least this share
 * of its words is common to both sides; otherwise it is two different writings. */
export const EDITED_MIN_COMMON = 0.5;
/** Word-diff effort bound: stretches needing more edits than this are not diffed. */
const MAX_EDIT_LENGTH = 400;
/** Slack on the word-bag bound below: the diff's word counts can split a token ("don't") that the
 * bag counts once, so only stretches clearly under {@link EDITED_MIN_COMMON} skip the diff. */
const BAG_BOUND_SLACK = 0.5;

/** The passages of `pair` with `leftId` on the left, in left order. */
export function orientPassages(
  pair: Pick<ReusePair, 'a' | 'passages'>,
  leftId: string,
): SidePassage[] {
  const flip = leftId !== pair.a;
  return pair.passages
    .map((p: Passage) => ({ left: flip ? p.b : p.a, right: flip ? p.a : p.b, words: p.words }))
    .sort((x, y) => x.left - y.left);
}

function push(list: Segment[], op: SegmentOp, text: string): void {
  if (text === '') return;
  const last = list[list.length - 1];
  if (last?.op === op) list[list.length - 1] = { op, text: last.text + text };
  else list.push({ op, text });
}

/** Pushes a change with the whitespace at its edges left unmarked, so marks hold words only. */
function pushChange(list: Segment[], op: SegmentOp, text: string, equal: SegmentOp): void {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  push(list, equal, lead);
  push(list, op, core);
  push(list, equal, trail);
}

/** The word diff of two stretches, equal runs marked `equal`; null when too costly. */
function diffInto(
  left: string,
  right: string,
  equal: 'shared' | 'same',
): (Sides & { common: number }) | null {
  if (left === right) {
    const same = left === '' ? [] : [{ op: equal, text: left }];
    return { left: same, right: [...same], common: countWords(left) };
  }
  const changes = diffWords(left, right, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return null;
  const out: Sides & { common: number } = { left: [], right: [], common: 0 };
  for (const c of changes) {
    if (c.added) pushChange(out.right, 'added', c.value, equal);
    else if (c.removed) pushChange(out.left, 'dropped', c.value, equal);
    else {
      push(out.left, equal, c.value);
      push(out.right, equal, c.value);
      out.common += countWords(c.value);
    }
  }
  return out;
}

/** Words two stretches have in common counted as bags, ignoring order: an upper bound on the
 * words any diff of the two can find in common, and linear to compute. */
function commonBagWords(left: string, right: string): number {
  const counts = new Map<string, number>();
  for (const { word } of wordTokens(left)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const { word } of wordTokens(right)) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      counts.set(word, left - 1);
      common += 1;
    }
  }
  return common;
}

/** The marked segments of a stretch between passages when both sides print it with at most small
 * edits (few words, or mostly the same words), else null: then it is two different writings. */
function editedGap(left: string, right: string): Sides | null {
  const leftWords = countWords(left);
  const rightWords = countWords(right);
  if (leftWords + rightWords === 0) return diffInto(left, right, 'same');
  const small = leftWords <= SMALL_GAP_WORDS && rightWords <= SMALL_GAP_WORDS;
  if (!small && (leftWords === 0 || rightWords === 0)) return null;
  // Most stretches of rewrites share few words: the bag bound rules them out without a diff, which
  // is what made comparison pages the bulk of a large build's rendering time.
  const longest = Math.max(leftWords, rightWords);
  if (!small && commonBagWords(left, right) / longest < EDITED_MIN_COMMON * BAG_BOUND_SLACK) {
    return null;
  }
  const diff = diffInto(left, right, 'same');
  if (diff === null) return null;
  return small || diff.common / Math.max(leftWords, rightWords) >= EDITED_MIN_COMMON ? diff : null;
}

/** The row of a stretch only one side prints (or both word differently), or null when blank. */
function uniqueRow(left: string, right: string): SideBySideRow | null {
  const l = left.trim();
  const r = right.trim();
  if (l === '' && r === '') return null;
  const plain = (text: string): Segment[] => (text === '' ? [] : [{ op: 'same', text }]);
  return { kind: 'unique', left: plain(l), right: plain(r) };
}

/** Valid passages that keep both sides in order (a passage reused out of order is left to the
 * stretches around it). */
function monotonic(passages: readonly SidePassage[], leftWords: number, rightWords: number) {
  const kept: SidePassage[] = [];
  let leftEnd = 0;
  let rightEnd = 0;
  for (const p of passages) {
    const fits = p.words > 0 && p.left + p.words <= leftWords && p.right + p.words <= rightWords;
    if (fits && p.left >= leftEnd && p.right >= rightEnd) {
      kept.push(p);
      leftEnd = p.left + p.words;
      rightEnd = p.right + p.words;
    }
  }
  return kept;
}

/** The aligned rows of `left` and `right` given their shared `passages` (word offsets as
 * {@link wordTokens} counts them). Joining each side's segments, rows in order, gives back that
 * side's text with only the whitespace at row edges trimmed. */
export function sideBySide(
  left: string,
  right: string,
  passages: readonly SidePassage[],
): SideBySideRow[] {
  const leftTokens = wordTokens(left);
  const rightTokens = wordTokens(right);
  const rows: SideBySideRow[] = [];
  let open: Sides | null = null;
  /** Adds the stretch before the next passage (or the end) to the open row when it is a small
   * edit, or closes the row and gives the stretch its own. */
  const gap = (gapLeft: string, gapRight: string): void => {
    const edited = editedGap(gapLeft, gapRight);
    if (edited) {
      open ??= { left: [], right: [] };
      append(open, edited);
      return;
    }
    if (open) rows.push({ kind: 'shared', left: trimmed(open.left), right: trimmed(open.right) });
    open = null;
    const row = uniqueRow(gapLeft, gapRight);
    if (row) rows.push(row);
  };
  let leftAt = 0;
  let rightAt = 0;
  for (const p of monotonic(passages, leftTokens.length, rightTokens.length)) {
    const ls = leftTokens[p.left]?.start ?? 0;
    const le = leftTokens[p.left + p.words - 1]?.end ?? ls;
    const rs = rightTokens[p.right]?.start ?? 0;
    const re = rightTokens[p.right + p.words - 1]?.end ?? rs;
    gap(left.slice(leftAt, ls), right.slice(rightAt, rs));
    const target: Sides = open ?? { left: [], right: [] };
    append(
      target,
      diffInto(left.slice(ls, le), right.slice(rs, re), 'shared') ?? {
        left: [{ op: 'shared', text: left.slice(ls, le) }],
        right: [{ op: 'shared', text: right.slice(rs, re) }],
      },
    );
    open = target;
    leftAt = le;
    rightAt = re;
  }
  gap(left.slice(leftAt), right.slice(rightAt));
  if (open) rows.push({ kind: 'shared', left: trimmed(open.left), right: trimmed(open.right) });
  return rows;
}

/** Both sides' segments of a stretch being built. */
interface Sides {
  left: Segment[];
  right: Segment[];
}

function append(target: Sides, from: { left: readonly Segment[]; right: readonly Segment[] }) {
  for (const s of from.left) push(target.left, s.op, s.text);
  for (const s of from.right) push(target.right, s.op, s.text);
}

/** Segments with the whitespace at their two edges removed (empty segments dropped). */
function trimmed(segments: readonly Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  const first = out[0];
  if (first) out[0] = { op: first.op, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = { op: last.op, text: last.text.trimEnd() };
  return out.filter((s) => s.text !== '');
}
