/**
 * The registry of cleaning rules. Every removal recorded in an entry names one of these ids, and the
 * site's method page lists them with their descriptions, so a reader can audit any cleaning. The
 * selectors and patterns each rule uses live in the cleaner's own table module (`text-rules.ts`,
 * `html-rules.ts`); this file says what each rule is for.
 */

/** Every cleaning rule, by id, with the one-line reason a reader sees on the article page. */
export const RULES = {
  'share-widget': 'Share buttons and share counts: site furniture, not the article.',
  script: 'Scripts and inline JavaScript: code, never text; also a safety hazard.',
  style: 'Style sheets: presentation, not text.',
  'ad-slot': 'Advertising slots and "Advertise with …" boxes.',
  form: 'Forms, their fields and labels (corrections, polls, sign-ups).',
  button: 'Buttons such as "Read more…": interface, not text.',
  'processing-instruction':
    'Processing instructions such as <?xml …?> left by the publishing system.',
  'markup-comment':
    'Comments in the markup (<!-- … -->): notes for machines, never shown to readers.',
  'embedded-frame':
    'Iframes and embedded players: external content that would load another origin.',
  'unsafe-link': 'Link targets that would run code (javascript:, data:); the link text is kept.',
  'hidden-element': 'Elements the page hides from readers.',
  'signup-prompt': 'Newsletter, poll and sign-up prompts.',
  'read-more-promo': '"Read More: …" and similar promotions of other articles.',
  'related-links': 'Lists of related or recommended articles.',
  'photo-caption': 'Photo captions and credits (kept with the images, not in the body).',
  'copyright-line':
    'Copyright and reproduction notices (the year and holder are kept as metadata).',
  'homepage-footer': '"Save this homepage", "go to the homepage" and similar site footers.',
  'syndication-notice': "Syndication notices (kept as the article's credit: who wrote it first).",
  'summary-break': 'An editor\'s summary above a "Read more" break (kept as the summary).',
  'embedded-post': 'Embedded social posts (kept apart as quoted embeds with author and date).',
  'blank-lines': 'Leading and trailing blank lines and empty paragraphs.',
  comments: 'Reader comments and comment forms.',
  navigation: 'Site navigation, breadcrumbs, headers and footers of the page.',
  'cookie-notice': 'Cookie and consent banners and their buttons.',
  'paywall-prompt':
    'Subscription prompts, paywall notices and donation appeals ("Subscribe to read on").',
  byline:
    "Bylines, date lines and reading times (the page's metadata states the author and the date).",
  'author-box': '"About the author" boxes.',
  'legal-notice':
    'Imprint, privacy-policy, terms and contact links of the site footer, and opinion disclaimers.',
  'page-chrome': "Everything outside the article's main text on a whole page.",
} as const;

/** The id of a cleaning rule. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in the registry's order: the values a removal's `rule` may take. */
export const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];
