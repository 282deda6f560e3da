/**
 * A copy as the archive's plain-text inputs look: the article's paragraphs (blank-line or
 * single-newline separated), with the junk such copies carry: a photo caption on top, an embedded
 * social post pasted as lines, a "Read More" line, a syndication notice, sign-up form and poll
 * leftovers, promotion lines, a copyright line and runs of blank lines at the end.
 */
import { MONTH_NAMES } from '../../src/schema/month-names.ts';
import { FIRST_NAMES, LAST_NAMES } from './archive-shape.ts';
import type { CopyDocument } from './copy-text.ts';
import type { Prng } from './prng.ts';

const FORM = [
  '"*" indicates required fields',
  'This field is for validation purposes and should be left unchanged.',
];
const POLL = [
  'Should the council vote again?*',
  'This poll subscribes you to our premium network of content. Unsubscribe at any time.',
];

function tweet(doc: CopyDocument, rng: Prng): string[] {
  const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const handle = `@${name.replace(' ', '_')}${rng.int(1, 99)}`;
  const day = new Date(`${doc.story.day}T12:00:00Z`);
  const date = `${MONTH_NAMES[day.getUTCMonth()] ?? 'January'} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  const code = rng.int(0x10000000, 0x7fffffff).toString(36);
  return [
    `Officials just confirmed the vote. More to come. pic.twitter.com/${code}`,
    `— ${name} (${handle}) ${date}`,
  ];
}

function promo(doc: CopyDocument): string[] {
  const home = doc.outlet.domain.replace(/\.example$/, '');
  return [
    'TAP HERE',
    'AND GO TO THE HOMEPAGE FOR MORE NEWS STORIES',
    '',
    `Save the ${home} homepage for daily news stories`,
  ];
}

/** The plain-text file of `doc`; `rng` chooses which junk it carries. */
export function writePlainText(doc: CopyDocument, rng: Prng): string {
  const sep = doc.outlet.singleNewlines ? '\n' : '\n\n';
  const body = [...doc.paragraphs];
  if (rng.chance(0.3) && body.length > 3)
    body.splice(rng.int(2, body.length - 1), 0, ...tweet(doc, rng));
  const head: string[] = [];
  if (rng.chance(0.25)) {
    const caption = doc.title.split(' ').slice(0, 4).join(' ');
    head.push(
      caption,
      `${caption} Photo by ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}/Getty Images`,
      '',
    );
  }
  const tail: string[] = [];
  if (doc.credit !== null) tail.push(`This article originally appeared on ${doc.credit}.`);
  if (rng.chance(0.2)) tail.push(`[Read More: ${doc.title.split(' ').slice(0, 6).join(' ')}]`);
  if (rng.chance(0.3)) tail.push(...FORM, ...POLL);
  if (rng.chance(0.25)) tail.push(...promo(doc));
  if (rng.chance(0.6)) {
    tail.push(
      `© ${doc.plan.published.slice(0, 4)} ${doc.outlet.name.replace(/^The /, '')}. All rights reserved. Do not reproduce without permission.`,
    );
  }
  const lead = rng.chance(0.2) ? '\n' : '';
  const trailing = rng.chance(0.2) ? '\n'.repeat(rng.int(3, 10)) : '';
  return `${lead}${head.join('\n')}${body.join(sep)}${tail.length > 0 ? `\n\n${tail.join('\n')}` : ''}${trailing}`;
}
