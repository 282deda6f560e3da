import { describe, expect, it } from 'vitest';
import type { RuleId } from './rules.ts';
import {
  classifyBoilerplateLine,
  copyrightFacts,
  footerOutlet,
  MAX_BOILERPLATE_LINE,
  syndicationCredit,
} from './text-rules.ts';

describe('classifyBoilerplateLine: boilerplate', () => {
  it.each<[string, RuleId]>([
    ['© 2024 Daily Example. All rights reserved.', 'copyright-line'],
    ['Copyright © 2023 Example Media, LLC', 'copyright-line'],
    ['Copyright 2022 The Sample Gazette', 'copyright-line'],
    ['(c) 2021 Example News Ltd', 'copyright-line'],
    ['All Rights Reserved.', 'copyright-line'],
    ['Example Media Group. All rights reserved.', 'copyright-line'],
    ['Do not reproduce without permission.', 'copyright-line'],
    [
      'This material may not be published, broadcast, rewritten, or redistributed.',
      'copyright-line',
    ],
    ['No part of this publication may be reproduced without consent.', 'copyright-line'],
    ['This article originally appeared on The Example Post.', 'syndication-notice'],
    ['This story was first published by Example Weekly.', 'syndication-notice'],
    ['Republished with permission of Sample Wire.', 'syndication-notice'],
    ['(Reprinted from The Example Review)', 'syndication-notice'],
    [
      'Content created by The Example Foundation is available without charge to any eligible news publisher.',
      'syndication-notice',
    ],
    ['"*" indicates required fields', 'form'],
    ['“*” indicates required field', 'form'],
    ['This field is for validation purposes and should be left unchanged.', 'form'],
    ['Do you trust the mayor?*', 'form'],
    ['Is the new bridge worth the money? *', 'form'],
    ['Email Address*', 'form'],
    ['First Name *', 'form'],
    ['This poll subscribes you to our daily briefing. Unsubscribe at any time.', 'signup-prompt'],
    ['This survey signs you up for updates.', 'signup-prompt'],
    ['Sign up for our free morning newsletter', 'signup-prompt'],
    ['Subscribe to the Example Daily newsletter!', 'signup-prompt'],
    ['Get the latest headlines delivered to your inbox.', 'signup-prompt'],
    ['By signing up, you agree to our Terms of Use and Privacy Policy.', 'signup-prompt'],
    ['Unsubscribe at any time.', 'signup-prompt'],
    ['Enter your email address', 'signup-prompt'],
    ['Advertise with Example Times', 'ad-slot'],
    ['Advertise with us!', 'ad-slot'],
    ['ADVERTISEMENT', 'ad-slot'],
    ['Read More: Senator Unveils New Budget Plan', 'read-more-promo'],
    ['[Read More: Storm Knocks Out Power Across County]', 'read-more-promo'],
    ['READ MORE:', 'read-more-promo'],
    ['Related: City Council Votes on Transit Fares', 'read-more-promo'],
    ['See also: Five Things to Know', 'read-more-promo'],
    ['Related Articles', 'related-links'],
    ['You may also like:', 'related-links'],
    ['Save the ExampleNews.net homepage for the latest stories', 'homepage-footer'],
    ['Save this homepage to stay informed', 'homepage-footer'],
    ['TAP HERE AND GO TO THE HOMEPAGE FOR MORE STORIES', 'homepage-footer'],
    ['and go to the homepage for more local news', 'homepage-footer'],
    ['Return to our homepage', 'homepage-footer'],
    ['You can save it as a bookmark in your browser.', 'homepage-footer'],
    ['You can add this page to your home screen or favorites.', 'homepage-footer'],
    ['Bookmark this page for daily updates', 'homepage-footer'],
    ['Read more…', 'button'],
    ['Read More...', 'button'],
    ['Continue reading »', 'button'],
    ['TAP HERE', 'button'],
    ['Share this:', 'share-widget'],
    ['Share on Facebook', 'share-widget'],
    ['  © 2020 Padded Line Co.  ', 'copyright-line'],
  ])('%j -> %s', (line, rule) => {
    expect(classifyBoilerplateLine(line)).toBe(rule);
  });
});

describe('classifyBoilerplateLine: prose that must stay', () => {
  it.each([
    'Copyright law has not kept pace with generative tools, the professor said.',
    'The lawsuit claims the company violated copyright by copying the images.',
    'Copyright holders in 2024 filed more than 300 claims against the platform, according to court records kept by the clerk.',
    'Readers can read more about the plan on the city’s website.',
    'Read more about how the vote was counted in our earlier report.',
    'She said the poll, which subscribes to no party, found a narrow lead.',
    'Officials asked residents to sign up for emergency alerts after the flood, a step the county has urged for years.',
    'The company said it would advertise with billboards across the state this fall.',
    'He told supporters to save the date for the rally.',
    'The mayor asked: is the city ready?',
    'Related reporting by the Associated Press contributed to this story.',
    '“All rights reserved,” the notice read, but the photo spread anyway across social media.',
    'Share prices fell 3% on Tuesday.',
    'Tweets from the account were deleted within hours.',
    'The article originally drew criticism from both parties.',
    'He said the homepage redesign cost $2 million.',
    'Subscribers to the newsletter received the warning first.',
    '',
    '   ',
  ])('%j -> null', (line) => {
    expect(classifyBoilerplateLine(line)).toBeNull();
  });

  it('ignores lines longer than the boilerplate limit', () => {
    const long = `© 2025 Example. ${'word '.repeat(MAX_BOILERPLATE_LINE)}`;
    expect(classifyBoilerplateLine(long)).toBeNull();
  });
});

describe('copyrightFacts', () => {
  it.each<[string, { holder: string; year: string | null } | null]>([
    ['© 2025 Latin Example. All rights reserved.', { holder: 'Latin Example', year: '2025' }],
    [
      '© 2024 Sample Times. All rights reserved. Do not reproduce without permission.',
      { holder: 'Sample Times', year: '2024' },
    ],
    [
      'Copyright © 2023 Example Network, LLC. All rights reserved.',
      { holder: 'Example Network, LLC', year: '2023' },
    ],
    ['Copyright 2022 The Sample Gazette', { holder: 'The Sample Gazette', year: '2022' }],
    ['© Example Daily 2021', { holder: 'Example Daily', year: '2021' }],
    ['© ExampleNews.com', { holder: 'ExampleNews.com', year: null }],
    ['© 2010-2025 Example Media Group', { holder: 'Example Media Group', year: null }],
    ['(c) 2019 Example Press', { holder: 'Example Press', year: '2019' }],
    ['© 2025. All rights reserved.', null],
    ['All rights reserved.', null],
    ['Copyright law is complicated.', null],
  ])('%j -> %j', (line, expected) => {
    expect(copyrightFacts(line)).toEqual(expected);
  });
});

describe('footerOutlet', () => {
  it.each<[string, string | null]>([
    ['Save the PatriotExample.com homepage for daily news', 'PatriotExample.com'],
    ['Save the Example Herald homepage for breaking news', 'Example Herald'],
    ['Bookmark the Sample Post homepage', 'Sample Post'],
    ['Save the homepage for daily news', null],
    ['Save this homepage to stay informed', null],
    ['Save the daily homepage', null],
    ['He said to save the date.', null],
  ])('%j -> %j', (line, expected) => {
    expect(footerOutlet(line)).toBe(expected);
  });
});

describe('syndicationCredit', () => {
  it.each<[string, string | null]>([
    ['This article originally appeared on The Example Post.', 'The Example Post'],
    ['This story was first published by Sample Weekly and is republished here.', 'Sample Weekly'],
    [
      'This article is republished from The Example Review under a Creative Commons license.',
      'The Example Review',
    ],
    ['Republished with permission of Sample Wire.', 'Sample Wire'],
    ['Originally published on ExampleNews.org on March 3, 2025.', 'ExampleNews.org'],
    [
      'Content created by The Example Foundation is available without charge to any eligible news publisher.',
      'The Example Foundation',
    ],
    ['The article originally drew criticism.', null],
    ['© 2025 Example.', null],
  ])('%j -> %j', (line, expected) => {
    expect(syndicationCredit(line)).toBe(expected);
  });
});
