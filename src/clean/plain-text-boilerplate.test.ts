import { describe, expect, it } from 'vitest';
import { markBoilerplate, markTail } from './plain-text-boilerplate.ts';
import { splitLines } from './plain-text-lines.ts';

/** Each line with the rule that removed it, or "keep". */
function rulesFor(text: string): [string, string][] {
  const lines = splitLines(text);
  const marks = markTail(
    lines,
    markBoilerplate(
      lines,
      lines.map(() => null),
    ),
  );
  return lines.map((l, i) => {
    const mark = marks[i];
    return [l.text, mark?.kind === 'removed' ? mark.rule : 'keep'];
  });
}

describe('markBoilerplate + markTail', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'poll residue after the article goes, options with the question',
      'The vote is on Friday.\n\nDaily Poll\nShould the park be rebuilt?*\nYes\nNo\nSubmit\nThis poll subscribes you to our alerts.',
      [
        ['The vote is on Friday.', 'keep'],
        ['Daily Poll', 'form'],
        ['Should the park be rebuilt?*', 'form'],
        ['Yes', 'form'],
        ['No', 'form'],
        ['Submit', 'form'],
        ['This poll subscribes you to our alerts.', 'signup-prompt'],
      ],
    ],
    [
      'a sentence after a removed line stays: the tail starts after the last sentence',
      'The vote is on Friday.\nAdvertise with us\nThe mayor will attend.',
      [
        ['The vote is on Friday.', 'keep'],
        ['Advertise with us', 'ad-slot'],
        ['The mayor will attend.', 'keep'],
      ],
    ],
    [
      'short residue with no classified line after the article stays',
      'The vote is on Friday.\nYes\nNo',
      [
        ['The vote is on Friday.', 'keep'],
        ['Yes', 'keep'],
        ['No', 'keep'],
      ],
    ],
    [
      'a long label above the first classified line stays; residue after it goes',
      'Full text of the statement from the mayor office today\n© 2025 Example Daily\nCareers',
      [
        ['Full text of the statement from the mayor office today', 'keep'],
        ['© 2025 Example Daily', 'copyright-line'],
        ['Careers', 'copyright-line'],
      ],
    ],
    [
      'a label in another paragraph group stays',
      'The vote is on Friday.\n\nNewsletter\n\nSign up for our newsletter',
      [
        ['The vote is on Friday.', 'keep'],
        ['Newsletter', 'keep'],
        ['Sign up for our newsletter', 'signup-prompt'],
      ],
    ],
    [
      'boilerplate in the middle goes, the prose around it stays',
      'First paragraph here.\nRead More: Another Story\nSecond paragraph here.',
      [
        ['First paragraph here.', 'keep'],
        ['Read More: Another Story', 'read-more-promo'],
        ['Second paragraph here.', 'keep'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(rulesFor(text)).toEqual(expected);
  });
});
