/**
 * The table of HTML boilerplate: which elements are site furniture (share widgets, ads, forms,
 * scripts, hidden parts…) rather than the article, and the thresholds of the HTML heuristics. The
 * fragment cleaner and the whole-page extractor both read it. Class names are matched per class
 * token (and against the `id`), by whole hyphen/underscore-separated parts, so `ad` matches
 * `ad-slot` and `div-gpt-ad-1` but never `head`, `shadow` or `download`. Patterns are general
 * (widget vendors, ARIA, HTML semantics), never one site's markup.
 */
import type { RuleId } from './rules.ts';

/** A class-name test: true when one part of a token is one of `words` (space-separated regex
 * sources). */
function parts(words: string): RegExp {
  return new RegExp(`(?:^|[-_])(?:${words.trim().split(/\s+/).join('|')})(?:[-_]|$)`, 'i');
}

/** Elements removed for their tag alone, and the rule that removes them. */
export const TAG_RULES: Readonly<Record<string, RuleId>> = {
  script: 'script',
  noscript: 'script',
  template: 'script',
  style: 'style',
  link: 'style',
  iframe: 'embedded-frame',
  frame: 'embedded-frame',
  frameset: 'embedded-frame',
  object: 'embedded-frame',
  embed: 'embedded-frame',
  applet: 'embedded-frame',
  video: 'embedded-frame',
  audio: 'embedded-frame',
  canvas: 'embedded-frame',
  svg: 'embedded-frame',
  form: 'form',
  input: 'form',
  select: 'form',
  option: 'form',
  optgroup: 'form',
  datalist: 'form',
  textarea: 'form',
  label: 'form',
  fieldset: 'form',
  output: 'form',
  button: 'button',
  nav: 'navigation',
  meta: 'hidden-element',
  base: 'hidden-element',
  dialog: 'hidden-element',
  title: 'hidden-element',
};

/** Rules whose removals are recorded with empty text: code and frames have no words to show. */
export const TEXTLESS_RULES: ReadonlySet<RuleId> = new Set(['script', 'style', 'embedded-frame']);

/** An inline `style` that hides the element from every reader. */
export const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Whole class tokens that hide an element (utility classes of common CSS frameworks and WP). */
export const HIDDEN_CLASS =
  /^(?:hidden|hide|d-none|is-hidden|sr-only|screen-reader-text|visually-hidden|visuallyhidden)$/i;

/** Class-name rules, checked in order on every class token and the id; the first match names the
 * rule. A match is vetoed for big containers (see {@link CLASS_RULE_VETO}). */
export const CLASS_RULES: readonly { readonly rule: RuleId; readonly pattern: RegExp }[] = [
  // Share buttons and counts: generic names and the share plugins WordPress sites use.
  {
    rule: 'share-widget',
    pattern: parts(
      String.raw`shares? sharing sharer sharebar social socials mashsb mashshare addtoany a2a sharedaddy sharethis shareaholic ssba heateor sfsi essb`,
    ),
  },
  // Ad slots: generic names, Google Publisher Tag / DoubleClick slot ids, sponsored boxes.
  {
    rule: 'ad-slot',
    pattern: parts(
      String.raw`ads? adv advert\w* adslot adunit adsbygoogle adsense dfp gpt googletag doubleclick sponsor\w*`,
    ),
  },
  { rule: 'comments', pattern: parts(String.raw`comments? commentlist disqus respond`) },
  {
    rule: 'related-links',
    pattern: parts(
      String.raw`related relatedposts yarpp read-?next more-stories recommended recommendations you-may-like also-read taboola outbrain mgid revcontent zergnet`,
    ),
  },
  {
    rule: 'signup-prompt',
    pattern: parts(
      String.raw`newsletters? subscribe subscription sign-?up opt-?in mailchimp mc4wp convertkit`,
    ),
  },
  {
    rule: 'navigation',
    pattern: parts(String.raw`breadcrumbs? pagination nav-links post-navigation page-links navbar`),
  },
];

/** A class-matched element holding at least `minWords` words AND `minShare` of the fragment's
 * words is the article wearing a misleading class ("post has-share-buttons"), so it is kept. */
export const CLASS_RULE_VETO = { minWords: 100, minShare: 0.5 } as const;

/** Inline elements: class-name rules skip these when they sit inside a sentence, because removing
 * a word-sized element (a link to a social profile) would damage the sentence around it. */
export const PHRASING_TAGS: ReadonlySet<string> = new Set(
  'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);

/** Containers of a syndication notice: removed whole when their text also mentions syndication. */
export const SYNDICATION_CONTAINER = parts(
  String.raw`disclaimer syndicat\w* republish\w* reprint\w* partner-credit source-credit`,
);

/** Words that make a {@link SYNDICATION_CONTAINER}'s text a syndication notice. */
export const SYNDICATION_MENTION =
  /\b(?:republish\w*|reprint\w*|syndicat\w*|originally (?:appeared|published|ran|posted)|with permission|content created by)\b/i;

/** An organisation's name: capitalised words joined by the few lowercase words names use, or a
 * domain name ("Example.com"). */
const ORG_NAME = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’&.-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\s+(?:(?:of|and|for|the|on|de|la|du|del|&)\s+)*[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’&.-]*)*`;

/** Where a syndication notice of any length names who wrote the text first; a leading lowercase
 * "the" is left out of the name ("created by the Daily Caller News Foundation,"), a capitalised one
 * is part of it ("originally appeared on The Conversation"). */
export const SYNDICATION_CREDIT: readonly RegExp[] = [
  new RegExp(String.raw`\b[Cc]ontent (?:created|produced|written) by (?:the )?(${ORG_NAME})`, 'u'),
  new RegExp(
    String.raw`\b[Oo]riginally (?:appeared|published|ran|posted)(?: (?:on|in|at|by|with))? (?:the )?(${ORG_NAME})`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:[Rr]epublished|[Rr]eprinted|[Rr]eposted)(?: here)?(?: with (?:the )?permission)? (?:from|of) (?:the )?(${ORG_NAME})`,
    'u',
  ),
];

/** How a syndication notice paragraph opens: it speaks about the text itself ("This article was
 * originally published…", "All content created by…"), where reporting that mentions a republished
 * document opens with its own subject ("The memo, originally published by…"). */
export const SYNDICATION_OPENING =
  /^[[(]?\s*(?:editor['’]s note\W*)?(?:this|these|all|originally|first|republished|reprinted|reposted|content|the (?:following|above))\b/i;

/** How many body blocks at each end a syndication or boilerplate paragraph is looked for in: the
 * notices stand first or last, and the same words mid-article are reporting. */
export const NOTICE_EDGE_BLOCKS = 2;

/** The visible text of a "Read more" button that reveals the rest of the article. */
export const READ_MORE_TEXT =
  /^(?:(?:read|show|see|view) (?:more|(?:the )?(?:full|rest|whole)(?: of the)?(?: article| story| post)?)|continue reading|keep reading|expand)\s*(?:…|\.{2,3}|[»›→>+]+)?$/i;

/** Fewest words after a "Read more" break for the text above it to be an editor's summary rather
 * than the article itself followed by a stray button. The text below must also be at least as long
 * as the text above: a summary is shorter than what it sums up. */
export const READ_MORE_MIN_WORDS_AFTER = 30;

/** JavaScript left as text when a publishing system breaks a `<script>` into paragraphs: tokens that
 * are common in code and rare in prose. A paragraph is residue when it has at least `minTokens` of
 * them and at least `minPerWord` per whitespace-separated word. */
export const SCRIPT_RESIDUE = {
  tokens:
    /function\s*\(|=>|[{};]|\b(?:document|window|console|JSON|Math)\.|\.(?:querySelector(?:All)?|getElementById|addEventListener|appendChild|createElement)\(|\/\/|\/\*|\*\/|\b(?:var|let|const)\s+[\w$]+\s*=|[=!]==|&&|\|\|/g,
  minTokens: 4,
  minPerWord: 0.15,
} as const;

/** Classes of the blockquotes social networks' embed scripts turn into posts, by platform. */
export const EMBED_CLASSES: readonly { readonly platform: string; readonly pattern: RegExp }[] = [
  { platform: 'twitter', pattern: /^twitter-(?:tweet|video)$/i },
  { platform: 'instagram', pattern: /^instagram-media$/i },
  { platform: 'tiktok', pattern: /^tiktok-embed$/i },
  { platform: 'bluesky', pattern: /^bluesky-embed$/i },
  { platform: 'threads', pattern: /^text-post-media$/i },
  { platform: 'facebook', pattern: /^fb-(?:post|video)$/i },
  { platform: 'mastodon', pattern: /^mastodon-embed$/i },
  { platform: 'reddit', pattern: /^reddit-(?:card|embed-bq)$/i },
];

/** Image containers with their caption elements: HTML figures and WordPress' classic captions. */
export const FIGURE = {
  container: /^(?:wp-caption)$/i,
  caption: /^(?:wp-caption-text)$/i,
} as const;

/** Classes of the part of a caption that holds the photo credit. */
export const CAPTION_CREDIT_CLASS = parts(
  String.raw`credits? copyright attribution photographer image-source`,
);

/** Attributes holding an image's address, best first (lazy-loading plugins move `src`). */
export const IMAGE_SRC_ATTRIBUTES: readonly string[] = [
  'src',
  'data-src',
  'data-lazy-src',
  'data-original',
];

/** Largest width or height, in pixels, of a tracking pixel (never an article's picture). */
export const TRACKING_PIXEL_MAX = 2;

/** Short calls to action linking to the site's own advertising or sign-up page ("Advertise with X
 * and reach millions of readers. Advertise Today."): a paragraph of at most {@link PROMO_MAX_WORDS}
 * words that opens with the call and links to such a page. Prose that merely mentions advertising
 * neither opens so nor links there. */
export const PROMO_LINKS: readonly {
  readonly rule: RuleId;
  readonly href: RegExp;
  readonly opening: RegExp;
}[] = [
  { rule: 'ad-slot', href: /\/advertis(?:e|ing)(?:[-_/?#.]|$)/i, opening: /^advertis(?:e|ing)\b/i },
  {
    rule: 'signup-prompt',
    href: /\/(?:newsletters?|subscribe|sign-?up)(?:[-_/?#.]|$)/i,
    opening: /^(?:sign up|subscribe|join|get)\b/i,
  },
];

/** Longest paragraph, in words, read as a {@link PROMO_LINKS} call to action. */
export const PROMO_MAX_WORDS = 60;

/** Whole-page extraction (src/extract/page): tags that surround an article on a page and are
 * removed inside the chosen container: landmarks and the headline (kept as the title). */
export const PAGE_TAG_RULES: Readonly<Record<string, RuleId>> = {
  header: 'navigation',
  footer: 'navigation',
  menu: 'navigation',
  aside: 'related-links',
  h1: 'page-chrome',
};

/** Whole-page extraction: ARIA landmark roles of page chrome, removed wherever they stand. */
export const PAGE_ROLE_RULES: Readonly<Record<string, RuleId>> = {
  navigation: 'navigation',
  menubar: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  search: 'navigation',
  complementary: 'related-links',
  dialog: 'hidden-element',
};

/** Whole-page extraction: class words of page furniture around an article's text, checked (after
 * {@link CLASS_RULES}) on every element inside the chosen container. */
export const PAGE_CLASS_RULES: readonly { readonly rule: RuleId; readonly pattern: RegExp }[] = [
  {
    rule: 'photo-caption',
    pattern: parts(String.raw`caption credits? photo-?credit image-?credit gallery slideshow`),
  },
  {
    rule: 'navigation',
    pattern: parts(
      String.raw`nav navigation menu pager toolbar byline author-?(?:bio|info) dateline timestamp meta print headline skip-?link`,
    ),
  },
  // "About the author" boxes: "author-box", "herald-author", "article_author", "about-the-author"
  // and WordPress' Simple Author Box; a byline by these names is furniture too.
  {
    rule: 'author-box',
    pattern: parts(String.raw`author author-?box about-?(?:the-?)?author saboxplugin-wrap`),
  },
  {
    rule: 'related-links',
    pattern: parts(
      String.raw`more-?from further-?reading trending most-?popular popular recirc\w* topics keywords`,
    ),
  },
  // A tag list ("post-tags", "tags"), but not the taxonomy classes WordPress puts on the post
  // itself ("tag-climate", "category-news" on `<article class="post tag-climate">`).
  { rule: 'related-links', pattern: /(?:^(?!tag-)|[-_])tags?(?:[-_]|$)/i },
  { rule: 'signup-prompt', pattern: parts(String.raw`paywall regwall cta inline-?cta promo`) },
  { rule: 'comments', pattern: parts(String.raw`replies discussion`) },
];
