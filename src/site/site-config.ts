/**
 * The site's own identity, set in one place: its name (in every tab title, the feed and the home
 * page), its one-sentence description (home page and feed), and the language of its own words
 * (navigation, labels; the main search page's language). A deployment renames its archive here.
 */

/** Name, description and language of the site itself (not of the articles it holds). */
export const SITE = {
  name: 'News archive',
  description: "Many outlets' coverage of the same events, kept as published, with sources.",
  language: 'en',
} as const;
