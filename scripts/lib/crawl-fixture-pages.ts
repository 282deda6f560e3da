/**
 * The pages, posts and feeds of the crawl fixtures (`tests/fixtures/crawl/`), written by
 * `scripts/make-crawl-fixtures.ts`: short invented news articles, each with enough prose to be an
 * article, and the page furniture a real capture carries.
 */

/** A news page of the invented outlet "Harbour Gazette". */
export function page(opts: {
  title: string;
  byline: string;
  paragraphs: readonly string[];
  canonical?: string;
  charsetMeta?: boolean;
}): string {
  const canonical = opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : '';
  const meta = opts.charsetMeta === false ? '' : '<meta charset="utf-8">';
  return [
    `<!doctype html><html lang="en"><head>${meta}<title>${opts.title} | Harbour Gazette</title>`,
    `<meta property="og:site_name" content="Harbour Gazette">${canonical}</head><body>`,
    '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav>',
    `<article><h1>${opts.title}</h1><p class="byline">By ${opts.byline}</p>`,
    ...opts.paragraphs.map((p) => `<p>${p}</p>`),
    '</article><footer>© 2025 Harbour Gazette. All rights reserved.</footer></body></html>',
  ].join('\n');
}

export const FERRY = [
  'The harbour board voted on Tuesday to keep the night ferry running through the winter, reversing a decision that had drawn hundreds of complaints from shift workers on the island.',
  'Board chair Mira Okafor said the service would cost about 40,000 pounds more than planned, money she expects to recover from a small rise in the daytime fare.',
  '"People told us plainly that without the late crossing they could not keep their jobs," Okafor said after the meeting. "We listened, and we changed our minds."',
];

export const MARKET = [
  'Traders at the old fish market say the new café on the quay has brought more visitors in a month than the council’s whole summer campaign.',
  'The café opened in a former net store that had stood empty for eleven years; its owners, two brothers who grew up above the market, spent the winter restoring it.',
  '“We wanted somewhere the boats could be seen from every table,” said René Duval, the elder brother. Stallholders report that weekend takings have nearly doubled.',
];

export const BRIDGE = [
  'Engineers have found corrosion in two of the cables holding up the Eastgate footbridge, and the bridge will close for repairs from the first of next month.',
  'The council said the damage was found during a routine inspection and that the bridge remains safe to cross until the work begins, though heavy loads are banned.',
  'Pedestrians will be sent over the road bridge a quarter of a mile upstream while the cables are replaced, which the contractor expects to take about six weeks.',
];

export const LIBRARY = [
  'The town library will open on Sundays from next spring after volunteers offered to staff the front desk, the first change to its hours in twenty years.',
  'Head librarian Tomas Berg said the Sunday opening had been the most requested change in every survey the library had run since the reading room was rebuilt.',
  'The volunteers, most of them retired teachers, will be trained over the winter. Berg said paid staff would still run the children’s reading hour on weekdays.',
];

export const REGATTA = [
  'More than ninety boats are expected for the autumn regatta this weekend, the largest fleet since the race was revived after the pandemic.',
  'Organisers have added a class for rowing gigs this year, and crews from three neighbouring harbours have already entered, some travelling more than sixty miles.',
  'The harbour master asked spectators to keep off the breakwater during the starts, when wash from the safety boats can sweep over the lower walkway without warning.',
];

export const SCHOOL = [
  'Parents at Quayside Primary have raised enough money to rebuild the school’s flooded playground, three months after storm water ruined the old surface.',
  'The fundraising drive began with a cake sale and ended with a sponsored swim across the inner harbour, which alone brought in more than four thousand pounds.',
  'Head teacher Alma Reyes said work would start in the half-term holiday so that pupils lose no more time outdoors. The new surface drains into a rain garden.',
];
