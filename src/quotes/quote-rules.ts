/**
 * The patterns behind quotation extraction and speaker attribution, in one commented table. Every
 * list is lowercase; matching lowercases the text first.
 */

/** How far back, in characters, the sentence before a quotation is read. Real sentences are well
 * under it; the bound keeps a paragraph of thousands of quotations linear in its length. */
export const SENTENCE_WINDOW = 1_000;

/** Words that make an unnamed voice speak for the organisation named beside them ("a Pentagon
 * spokesman said", "the ministry said in a statement"). */
export const ORGANISATION_VOICES: ReadonlySet<string> = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials ' +
    'statement representative representatives release leaders executives'
  ).split(' '),
);

/** Lower-case words that end an organisation's printed name ("the U.S. attorney's office",
 * "Russia's foreign ministry"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  'office ministry department agency administration government police council commission prosecutors'.split(
    ' ',
  ),
);

/** Common nouns that describe a company before its name ("Developer Valve called it", "carmaker
 * Tesla said"): the name after one is an organisation, the noun is not part of it. */
export const ORGANISATION_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    'developer publisher retailer carmaker automaker chipmaker drugmaker insurer lender ' +
    'broadcaster airline startup start-up manufacturer streamer regulator operator brewer ' +
    'supermarket conglomerate'
  ).split(' '),
);

/** Words just before a quotation that make it a term, not speech ("so-called 'sanctuary cities'"). */
export const TERM_CUES: readonly RegExp[] = [
  /\bso-called\s*$/i,
  /\b(?:named|nicknamed|titled|entitled)\s*$/i,
  /\b(?:known|billed|marketed|portrayed) as\s*$/i,
  /\bthe (?:word|words|term|terms|phrase|phrases|label|slogan|name|title|hashtag)\s*$/i,
];

/** Words just before a quotation that name it rather than quote it unless someone is said to
 * have used them: "Cruz called the suicide a “profound indictment”" is Cruz's fragment, "what
 * has been called “the problem”" is a term. */
export const NAMING_CUES: readonly RegExp[] = [
  /\b(?:called|calls|dubbed|termed|labell?ed|branded)\s+(?:\S+\s+){0,6}?$/i,
  /\b(?:described|describes|referred to|refers to)\s+(?:\S+\s+){0,6}?as\s+(?:a|an|the)?\s*$/i,
];

/** A quotation of at most this many words, inside the writer's sentence, is a fragment. */
export const FRAGMENT_MAX_WORDS = 12;

/** A fragment of at most this many words with no speech verb in its sentence is a term (a scare
 * quote or a name: "rapid-response" networks, "Know Your Rights" campaign). */
export const TERM_MAX_WORDS = 4;

/** Longest attribution ("Chicago Mayor Brandon Johnson said at the time.") that can sit between
 * two parts of one quotation and still join them, in words. */
export const SPLIT_ATTRIBUTION_MAX_WORDS = 10;

/** Words per shingle in the quote index: three words find a quotation from any part of it. */
export const QUOTE_SHINGLE_WORDS = 3;

/** Share of a printing's words that must line up, in order, with a quote's fullest form for the
 * printing to be that quote with some words changed (one damaged word in ten passes). */
export const QUOTE_MATCH_MIN_SHARE = 0.8;

/** Candidate quotes checked word by word per printing: the ones sharing the most shingles. */
export const QUOTE_MAX_CANDIDATES = 5;

/** A shingle found in more quotes than this is stock wording and stops being indexed. */
export const QUOTE_MAX_POSTINGS = 64;
