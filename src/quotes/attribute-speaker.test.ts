import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.ts';

const speakers = (text: string) =>
  extractQuotes({ text, embeds: [] }).map((m) => [m.text, m.speaker]);

describe('speaker attribution', () => {
  it.each([
    [
      'two quotations in one paragraph, each with its own attribution, have two speakers',
      '“We are ready,” said Ann Lee. “We are not,” said Tav Stone.',
      [
        ['We are ready,', 'Ann Lee'],
        ['We are not,', 'Tav Stone'],
      ],
    ],
    [
      'a second part after a split attribution stays with its speaker',
      '“We are ready,” said Ann Lee. “The plan holds.”',
      [
        ['We are ready,', 'Ann Lee'],
        ['The plan holds.', 'Ann Lee'],
      ],
    ],
    [
      'a plural subject names a group, not the person quoted before',
      '“It is a relief,” said Ann Lee.\n\nThe pilots wrote in a letter: “The closure changed everything.”',
      [
        ['It is a relief,', 'Ann Lee'],
        ['The closure changed everything.', null],
      ],
    ],
    [
      'a singular role subject is the person quoted before',
      '“It is a relief,” said Ann Lee. “We are fine,” the boss said.',
      [
        ['It is a relief,', 'Ann Lee'],
        ['We are fine,', 'Ann Lee'],
      ],
    ],
    [
      'a rank or honorific before the name is no part of it',
      '“We checked every plate,” said Captain Ingrid Solberg. “It is done,” said Sir Alan Pike.',
      [
        ['We checked every plate,', 'Ingrid Solberg'],
        ['It is done,', 'Alan Pike'],
      ],
    ],
    [
      'pronoun -> the only person in the previous sentence',
      'Ann Lee spoke on Monday. “We are ready,” she said.',
      [['We are ready,', 'Ann Lee']],
    ],
    [
      'pronoun with two people named -> the subject of the sentence before',
      'Ozi Lee met Tav Stone. “We are ready,” he said.',
      [['We are ready,', 'Ozi Lee']],
    ],
    [
      'pronoun with two people named -> the one whose first name takes it',
      'Ann Lee met Bob Stone. “We are ready,” he said.',
      [['We are ready,', 'Bob Stone']],
    ],
    [
      'the same pronoun before the names of a sentence refers further back',
      'Ann Lee flew in. She was calmer than Rose Hart had been. “It was fine,” she said.',
      [['It was fine,', 'Ann Lee']],
    ],
    [
      'an attribution set off by commas in the sentence before',
      'Ozi Lee spoke.\n\nThe cell, Lee said, is sensing. “It reacts fast.”',
      [['It reacts fast.', 'Ozi Lee']],
    ],
    [
      'a speech verb whose subject names no one -> the verb before it',
      'Ozi Lee said that Washington had concluded it was “not, per se, unlawful”, and left.',
      [['not, per se, unlawful', 'Ozi Lee']],
    ],
    [
      'a paragraph of nothing but quotation continues the reported speaker before it',
      'Ozi Lee said it was the latest move.\n\n“They wanted us on our knees.”',
      [['They wanted us on our knees.', 'Ozi Lee']],
    ],
    [
      'a fragment with no speech verb -> the person opening its sentence',
      'Ozi Lee, by his own accounting, has given “plenty of statements that were true.”',
      [['plenty of statements that were true.', 'Ozi Lee']],
    ],
    [
      'a pronoun after a clause describing the quotation',
      'Ann Lee spoke.\n\n“We don’t want them” working in prisons, she said.',
      [['We don’t want them', 'Ann Lee']],
    ],
    [
      'no one in the sentence before can take the pronoun -> further back',
      'Ann Lee sat down. Tom Stone laughed. “It was fine,” she said.',
      [['It was fine,', 'Ann Lee']],
    ],
    [
      'a noun after a possessive is not a speech verb ("Swift’s claims")',
      'Big Machine Records has denied Swift’s claims, saying they were “shocking and false to everyone.”',
      [['shocking and false to everyone.', 'Big Machine Records']],
    ],
    [
      'a capitalised word is never the speech verb ("The United States")',
      'The United States faced criticism, while Israel’s premier cheered the “historic and welcome” move.',
      [['historic and welcome', null]],
    ],
    [
      'a role with no one quoted yet -> the person the article was just about',
      'Talks with Ozi Lee’s agents went on.\n\nThe 56-year-old said: “I am excited to be here.”',
      [['I am excited to be here.', 'Ozi Lee']],
    ],
    [
      'the outlet told is not the speaker',
      '“It misleads,’’ Ozi Lee, head of the group Full Fact, told the BBC. “And it is wrong.”',
      [
        ['It misleads,', 'Ozi Lee'],
        ['And it is wrong.', 'Ozi Lee'],
      ],
    ],
    [
      'pronoun after a sentence whose subject is not named -> null (ambiguous)',
      'The council chair met Ozi Lee and Tav Stone. “We are ready,” he said.',
      [['We are ready,', null]],
    ],
    [
      'pronoun with two people named -> the last speaker when among them',
      '“First,” Ann Lee said.\n\nLee later met Bob Stone. “Second,” she added.',
      [
        ['First,', 'Ann Lee'],
        ['Second,', 'Ann Lee'],
      ],
    ],
    [
      'a title resolves to the last person introduced with it',
      'Chicago Mayor Ann Lee and Senator Bob Stone met.\n\n“We agree,” the mayor said.',
      [['We agree,', 'Ann Lee']],
    ],
    [
      'title and surname: "Chicago Mayor Lee said" -> the full name',
      'Ann Lee spoke.\n\n“We agree,” Chicago Mayor Lee said at the time.',
      [['We agree,', 'Ann Lee']],
    ],
    [
      'two speakers in one paragraph',
      'Ann Lee and Bob Stone argued. “Yes,” said Lee. Stone disagreed: “No.”',
      [
        ['Yes,', 'Ann Lee'],
        ['No.', 'Bob Stone'],
      ],
    ],
    [
      'X added, before the quotation',
      'Bob Stone spoke. While smiling, Stone added, “That is all.”',
      [['That is all.', 'Bob Stone']],
    ],
    [
      'a colon-ended paragraph introduces the next one',
      'Ann Lee spoke to reporters, stating:\n\n“Whatever is necessary.”',
      [['Whatever is necessary.', 'Ann Lee']],
    ],
    [
      'according to X',
      '“The budget is gone,” according to Bob Stone.',
      [['The budget is gone,', 'Bob Stone']],
    ],
    [
      'names inside a quotation are not people present',
      'Ann Lee spoke. “I met Bob Stone there,” she said.',
      [['I met Bob Stone there,', 'Ann Lee']],
    ],
    [
      'a place name next to a person does not make a pronoun ambiguous',
      'Ann Lee praised mayors from cities like Los Angeles. She stated, “We learned a lot.”',
      [['We learned a lot.', 'Ann Lee']],
    ],
    [
      'a role resolves to the person printed beside it elsewhere',
      'China’s envoy to Spain warned that Beijing “will not wait”.\n\nChina’s envoy to Spain Ann Stone spoke.',
      [['will not wait', 'Ann Stone']],
    ],
    [
      'a role printed after its holder elsewhere',
      'Ann Stone, China’s envoy to Spain, flew in. Tom Lee met her.\n\nChina’s envoy to Spain warned that Beijing “will not wait”.',
      [['will not wait', 'Ann Stone']],
    ],
    [
      'a given name in brackets completes a surname',
      '“Coach (Frank) Vogel came in,” Ann Lee said.\n\n“We won,” Vogel said.',
      [
        ['Coach (Frank) Vogel came in,', 'Ann Lee'],
        ['We won,', 'Frank Vogel'],
      ],
    ],
    [
      'an organisation that issued a statement, described by a relative clause',
      'In the end, the Electoral Commission, which regulates finances, issued a statement warning that “voters are entitled to it.”',
      [['voters are entitled to it.', 'Electoral Commission']],
    ],
    [
      'according to X in the sentence before a fragment',
      'Ann Lee, according to the White House, went in for a “quick exam and labs” on Monday.',
      [['quick exam and labs', 'White House']],
    ],
    [
      'a noun describing a company before its name is not part of the name',
      'A new game is out. Developer Valve called it “a flagship VR game.”',
      [['a flagship VR game.', 'Valve']],
    ],
    [
      'an attribution after a fragment outranks the sentence’s first person taken as a guess',
      'Ann Lee was known for telling others “he was in charge” despite that, said another witness, Bob Stone.',
      [['he was in charge', 'Bob Stone']],
    ],
    [
      'words introduced by their speaker’s verb, then reported by an office',
      'Bob Stone called the office. A staffer recalled that Stone said, “I will come,” the U.S. attorney’s office said.',
      [['I will come,', 'Bob Stone']],
    ],
    [
      'a comma after a verb that is not speech introduces no one',
      'Ann Lee pushes on, and the more the people shrug and think, “Enough already.”',
      [['Enough already.', null]],
    ],
    [
      'the name set off after a role is the subject of the verb after it',
      'Bob Stone said his predecessor, Ann Lee, had dubbed the plan “the Lee problem.”',
      [['the Lee problem.', 'Ann Lee']],
    ],
    [
      'an organisation’s leaders speak for it',
      'On Monday, Alibaba leaders have denied “sensational” claims made online.',
      [['sensational', 'Alibaba']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
