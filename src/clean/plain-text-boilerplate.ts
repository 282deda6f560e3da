/**
 * Boilerplate lines in pasted text: each line the shared table classifies, then the tail rule.
 * Sites end pages with forms, polls and footers whose residue is partly classifiable ("This poll
 * subscribes you …") and partly bare labels and options ("Yes", "Email", "Submit"); once the
 * article's end is followed only by such residue, the bare lines go with the classified ones.
 */
import { type Line, type Mark, type Marks, withMarks } from './plain-text-lines.ts';
import type { RuleId } from './rules.ts';
import { classifyBoilerplateLine } from './text-rules.ts';
import { SENTENCE_END, TAIL_JUNK_MAX } from './text-rules-media.ts';

/** Most words in a bare label standing just above the first classified line of the tail
 * ("Daily Poll", "Newsletter"); anything longer may be the article's own last line. */
const LEAD_LABEL_WORDS = 4;

/** Marks every line the boilerplate table classifies with its rule. */
export function markBoilerplate(lines: readonly Line[], marks: Marks): Marks {
  const changes = new Map<number, Mark>();
  lines.forEach((line, i) => {
    const rule = marks[i] === null ? classifyBoilerplateLine(line.text) : null;
    if (rule !== null) changes.set(i, { kind: 'removed', rule });
  });
  return withMarks(marks, changes);
}

/** A short line that is no sentence: a form label, an option, a button. */
function isResidue(text: string): boolean {
  return text.length <= TAIL_JUNK_MAX && (!SENTENCE_END.test(text) || /\*$/u.test(text));
}

function ruleOf(mark: Mark | null | undefined): RuleId | null {
  return mark?.kind === 'removed' ? mark.rule : null;
}

/** The tail rule: in the run of removed lines and residue that ends the text, residue lines after
 * the first removed line take the rule of the removed line before them; one short label directly
 * above the first removed line (same paragraph group) goes with it. Real closing paragraphs are
 * sentences and never residue, and nothing before an embed or kept sentence is touched. */
export function markTail(lines: readonly Line[], marks: Marks): Marks {
  let start = lines.length;
  while (start > 0) {
    const line = lines[start - 1];
    const mark = marks[start - 1];
    const residue = mark === null && line !== undefined && isResidue(line.text);
    if (!residue && ruleOf(mark) === null) break;
    start -= 1;
  }
  const firstRemoved = marks.findIndex((m, i) => i >= start && ruleOf(m) !== null);
  if (firstRemoved < 0) return marks;
  const changes = new Map<number, Mark>();
  let rule = ruleOf(marks[firstRemoved]);
  for (let i = firstRemoved; i < lines.length; i += 1) {
    rule = ruleOf(marks[i]) ?? rule;
    if (marks[i] === null && rule !== null) changes.set(i, { kind: 'removed', rule });
  }
  const label = lines[firstRemoved - 1];
  const first = lines[firstRemoved];
  const leadRule = ruleOf(marks[firstRemoved]);
  if (
    firstRemoved - 1 >= start &&
    label &&
    first &&
    leadRule !== null &&
    label.group === first.group &&
    label.text.split(/\s+/u).length <= LEAD_LABEL_WORDS
  ) {
    changes.set(firstRemoved - 1, { kind: 'removed', rule: leadRule });
  }
  return withMarks(marks, changes);
}
