import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.ts';

const brief = (text: string) =>
  extractQuotes({ text, embeds: [] }).map((m) => [m.text, m.speaker, m.kind]);

describe('quotations repeating words quoted elsewhere', () => {
  it.each([
    [
      'a subheading quoting what someone says further on',
      'Bob Stone spoke.\n\n“Our fears came true”\n\nAnn Lee told the panel, “I feared it. Our fears came true.”',
      [
        ['Our fears came true', 'Ann Lee', 'speech'],
        ['I feared it. Our fears came true.', 'Ann Lee', 'speech'],
      ],
    ],
    [
      'a scare quote of several words becomes that speaker’s fragment',
      'The plan met the “Gordon problem” again.\n\n“We call it the Gordon problem at work,” Ann Lee said.',
      [
        ['Gordon problem', 'Ann Lee', 'fragment'],
        ['We call it the Gordon problem at work,', 'Ann Lee', 'speech'],
      ],
    ],
    [
      'the last word repeated may carry an ending',
      '엘제이는 웃었다. 엘제이가 왔다. 엘제이는 “내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말했다.\n\n‘사랑하는 사람의 추억을 간직’하는 일이 어째서 폭로가 될까.',
      [
        ['내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐', '엘제이', 'speech'],
        ['사랑하는 사람의 추억을 간직', '엘제이', 'fragment'],
      ],
    ],
    [
      'one scare-quoted word stays a term',
      'He ran an “irregular” channel.\n\n“It was not an irregular channel,” Ann Lee said.',
      [
        ['irregular', null, 'term'],
        ['It was not an irregular channel,', 'Ann Lee', 'speech'],
      ],
    ],
    [
      'a title stays a term however often it is quoted',
      'The film “Wild Rose” opens.\n\n“I loved Wild Rose so much,” Ann Lee said.',
      [
        ['Wild Rose', null, 'term'],
        ['I loved Wild Rose so much,', 'Ann Lee', 'speech'],
      ],
    ],
    [
      'words two speakers both said name no one',
      '“Our fears came true”\n\n“Our fears came true, sadly,” Ann Lee said.\n\n“Our fears came true, again,” Bob Stone said.',
      [
        ['Our fears came true', null, 'speech'],
        ['Our fears came true, sadly,', 'Ann Lee', 'speech'],
        ['Our fears came true, again,', 'Bob Stone', 'speech'],
      ],
    ],
    [
      'a quotation with its own attribution keeps it',
      '“We will go home,” Bob Stone said.\n\n“We will go home tonight,” Ann Lee said.',
      [
        ['We will go home,', 'Bob Stone', 'speech'],
        ['We will go home tonight,', 'Ann Lee', 'speech'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
