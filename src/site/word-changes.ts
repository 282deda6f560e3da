/**
 * The words one paragraph changes against its counterpart, marked on each side: on the left the
 * words the right drops or changes, on the right the words it adds or changes. Tokens are the
 * printed words with the punctuation touching them ("said," and "said." differ: the text is
 * evidence), compared in NFC with apostrophes unified, so typography and Unicode form alone never
 * count as a change. Each side's segments are cut from that side's own text: joined, they give it
 * back character for character.
 */
import { diffArrays } from 'diff';
import { countWords } from '../text/words.ts';

/** `same`: printed by both; `dropped`: only the left prints it; `added`: only the right does. */
export type ChangeOp = 'same' | 'dropped' | 'added';

/** A run of one side's text with one marking. */
export interface Change {
  readonly op: ChangeOp;
  readonly text: string;
}

/** Both sides of a paragraph pair, marked, with how many words each side's marks hold. */
export interface WordChanges {
  readonly left: readonly Change[];
  readonly right: readonly Change[];
  /** Words marked dropped on the left. */
  readonly dropped: number;
  /** Words marked added on the right. */
  readonly added: number;
}

interface Token {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    key: m[0].normalize('NFC').replace(/[’ʼ‘]/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** One side's segments from its tokens' ops: the whitespace between two tokens of the same op
 * takes that op (one mark per changed phrase), any other whitespace stays unmarked. */
function segments(text: string, toks: readonly Token[], ops: readonly ChangeOp[]): Change[] {
  const out: Change[] = [];
  const push = (op: ChangeOp, from: number, to: number): void => {
    if (to <= from) return;
    const last = out[out.length - 1];
    const piece = text.slice(from, to);
    if (last?.op === op) out[out.length - 1] = { op, text: last.text + piece };
    else out.push({ op, text: piece });
  };
  push('same', 0, toks[0]?.start ?? text.length);
  toks.forEach((t, k) => {
    const op = ops[k] ?? 'same';
    push(op, t.start, t.end);
    const next = toks[k + 1];
    push(next !== undefined && ops[k + 1] === op ? op : 'same', t.end, next?.start ?? text.length);
  });
  return out;
}

/** Diff effort bound (edits): a paragraph pair needing more is two different writings, marked
 * whole, which keeps one long unbroken text from costing quadratic time. */
const MAX_EDIT_LENGTH = 2_000;

const wordsMarked = (list: readonly Change[], op: ChangeOp): number =>
  list.filter((c) => c.op === op).reduce((n, c) => n + countWords(c.text), 0);

/** The marked sides of `left` against `right`. Identical texts give one `same` segment each;
 * texts too far apart to diff (see {@link MAX_EDIT_LENGTH}) are marked dropped and added whole. */
export function wordChanges(left: string, right: string): WordChanges {
  const lt = tokens(left);
  const rt = tokens(right);
  const leftOps: ChangeOp[] = [];
  const rightOps: ChangeOp[] = [];
  const diff = diffArrays(
    lt.map((t) => t.key),
    rt.map((t) => t.key),
    { maxEditLength: MAX_EDIT_LENGTH },
  ) ?? [
    { value: lt, count: lt.length, removed: true, added: false },
    { value: rt, count: rt.length, removed: false, added: true },
  ];
  for (const change of diff) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k += 1) {
      if (change.removed) leftOps.push('dropped');
      else if (change.added) rightOps.push('added');
      else {
        leftOps.push('same');
        rightOps.push('same');
      }
    }
  }
  const l = segments(left, lt, leftOps);
  const r = segments(right, rt, rightOps);
  return { left: l, right: r, dropped: wordsMarked(l, 'dropped'), added: wordsMarked(r, 'added') };
}
