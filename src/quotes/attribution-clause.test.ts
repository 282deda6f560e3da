import { describe, expect, it } from 'vitest';
import { attributionAfter, clauseAfter } from './attribution-clause.ts';

describe('clauseAfter', () => {
  it.each([
    [', Jones said. Then more.', ', Jones said'],
    [', said Sen. Ben Sasse. Next.', ', said Sen. Ben Sasse'],
    [' the “xxxx” actor said.', ' the “xxxx” actor said'],
    [' he said. “Next quote.”', ' he said'],
    [' and then\nnew paragraph', ' and then'],
  ])('%j -> %j', (text, expected) => {
    expect(clauseAfter(text, 0)).toBe(expected);
  });
});

describe('attributionAfter', () => {
  it.each([
    [', Jones said.', false, { text: ', Jones ', verbFirst: false }],
    [
      ', said Derek Scissors, a China scholar.',
      false,
      { text: ' Derek Scissors, a China scholar', verbFirst: true },
    ],
    [
      ', Kurinji Selvaraj, a research analyst at the centre, told CNN.',
      false,
      { text: ', Kurinji Selvaraj, a research analyst at the centre, ', verbFirst: false },
    ],
    [
      ' despite being the envoy, said another witness, Fiona Hill.',
      false,
      { text: ' another witness, Fiona Hill', verbFirst: true },
    ],
    [', according to the company.', false, { text: 'the company', start: 15, verbFirst: true }],
    [', saying he trusted the courts.', false, null],
    [' The mayor then left the room and the council said nothing.', true, null],
    [' and the crowd cheered.', false, null],
    // Who heard it is not who said it.
    [', told the BBC.', false, null],
    // After a finished sentence, "X said, “" introduces the next quotation.
    [' Aslam berkata, “Bagaimana?”', true, null],
  ])('%j (ended: %s)', (text, ended, expected) => {
    const found = attributionAfter(text, 0, ended);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });
});
