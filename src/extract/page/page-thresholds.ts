/**
 * Every number and pattern the page extractor's heuristics use, in one place, each with the reason
 * for its value. All are general signals of web pages (tag names, schema.org types, common class
 * name words); none names a site or a page.
 */

/** JSON-LD objects read at most (pages with huge graphs describe products, not the article). */
export const MAX_LD_OBJECTS = 500;

/** schema.org types that describe an article. */
export const ARTICLE_LD_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;

/** Separators between a headline and the site's name in a title: "Headline | Site". The capture
 * keeps them so segments can be rejoined. */
export const TITLE_SEPARATOR = /(\s+[|–—:·•]\s+|\s+-\s+|\s+::\s+)/;

/** Longest byline accepted; longer "author" values are blurbs, not names. */
export const MAX_BYLINE_CHARS = 200;

/** Most tags kept from a keywords list (some pages stuff hundreds). */
export const MAX_TAGS = 50;

/** Characters a text block needs to count as a paragraph of prose when scoring containers. */
export const MIN_PARAGRAPH_CHARS = 25;

/** Readability-style score of a paragraph: 1, plus one per comma, plus one per this many
 * characters, up to {@link MAX_LENGTH_BONUS}. Commas and length mark prose, not link lists. */
export const CHARS_PER_LENGTH_POINT = 100;
export const MAX_LENGTH_BONUS = 3;

/** Share of a paragraph's score passed to each ancestor level: parent, grandparent, then less. */
export const ANCESTOR_SHARE: readonly number[] = [1, 0.5, 1 / 6, 1 / 9, 1 / 12];

/** Score added (or taken) when an element's class or id says it holds (or never holds) content. */
export const CLASS_WEIGHT = 25;

/** Class/id words of elements that hold an article's text. */
export const POSITIVE_CLASS =
  /article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|paragraph/i;

/** Class/id words of elements that never hold an article's text. */
export const NEGATIVE_CLASS =
  /hidden|banner|combx|comment|community|disqus|extra|foot|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|promo|recirc|newsletter|share|outbrain|taboola|widget|subscribe|signup|teaser|trending|most-?popular|nav/i;

/** Class/id words of an article's lead (standfirst): the paragraph under the headline that opens
 * the text ("article-lead", "intro-text", "standfirst", "c-page-intro__copy", "texto-bajada",
 * "chapo"). It belongs to the main text even inside the article's `<header>`. */
export const LEAD_CLASS =
  /(?:^|[\s_-])(?:lead|intro|standfirst|dek|summary|excerpt|abstract|sub-?headline|subtitle|vorspann|teaser-?text|bajada|chapo|chapeau|sottotitolo|occhiello|entradilla|sumario|linha-fina)(?:$|[\s_-])/i;

/** Non-space characters a lead-classed heading (`<h2>`…`<h6>`) needs to be a lead: a standfirst
 * set in a heading tag runs to a sentence, while a subtitle is title-long (some 40-70). */
export const LEAD_HEADING_MIN_CHARS = 80;

/** How far a lead is looked for before the body's container: this many ancestor levels, and
 * this many preceding siblings on each (the lead sits next to the body, not across the page). */
export const LEAD_SEARCH_LEVELS = 3;
export const LEAD_SEARCH_SIBLINGS = 3;

/** Class/id of an element that is specifically the body of an article ("article-body",
 * "story__content", "entry-content", "post-text", "articleBody"). */
export const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article|story|entry|post|news|blog)[\s_-]*(?:body|content|text)(?:$|[\s_-])|\barticle-?body\b|\bstory-?body\b|\bentry-?content\b|\bpost-?content\b/i;

/** Share of an element's text inside links above which it is navigation, not prose. */
export const MAX_CONTAINER_LINK_DENSITY = 0.5;

/** Characters of paragraph text below which a container is too short to be the article. */
export const MIN_CONTAINER_CHARS = 250;

/** Share of the best-scoring container's paragraph text a signal-chosen container must hold:
 * below it, the page's own signal (an `<article>`, an `itemprop`) marks only a part of the text. */
export const MIN_SIGNAL_COVERAGE = 0.6;

/** Share of the JSON-LD `articleBody` length an extraction must reach before it is trusted. */
export const MIN_LD_BODY_COVERAGE = 0.6;

/** A block inside the container is pruned as a link list when more than this share of its text is
 * link text and it holds fewer than {@link LINK_LIST_MAX_CHARS} characters outside links. */
export const LINK_LIST_DENSITY = 0.5;
export const LINK_LIST_MAX_CHARS = 200;

/** A sibling box of the chosen container joins it (the text split into several boxes by pictures,
 * an ad or a CMS's modules) when it scores at least this share of the container's score and at
 * least {@link SIBLING_MIN_SCORE} (one short paragraph under a content class word is not enough
 * on its own: the class weight is 25), and at most this share of its text is links (a box of
 * teasers is not prose). The container is widened at most {@link SIBLING_LEVELS} levels up, so a
 * text split once more inside a page section still joins, but not the whole page. */
export const SIBLING_SCORE_SHARE = 0.2;
export const SIBLING_MIN_SCORE = 10;
export const SIBLING_MAX_LINK_DENSITY = 0.25;
export const SIBLING_LEVELS = 3;

/** Non-space characters outside links a sibling `<p>` needs to join the container (a paragraph
 * beside the box holding the rest of the text): a sentence or two, as Readability asks, so a
 * stray credit line or date stays out. */
export const SIBLING_PARAGRAPH_CHARS = 80;

/** Peers (same tag and class list) holding a paragraph of prose that make the chosen container
 * one of a series (a thread's posts, a Q&A page's question and answers, a page's sections): the
 * container itself and one more. */
export const MIN_PEERS_WITH_PROSE = 2;

/** A boilerplate-looking element inside the container is kept when it holds at least this share
 * of the container's prose: a class word cannot outweigh the text itself (a wrapper called
 * "article-share-wrapper" that holds the whole story). */
export const PRUNE_GUARD_SHARE = 0.3;
