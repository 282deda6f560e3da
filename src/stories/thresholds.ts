/**
 * Every threshold of story grouping and reuse detection, in one table so they are tuned in one
 * place. Similarities are Jaccard indices (0..1) estimated from MinHash signatures; shares are
 * fractions of an article's words inside passages shared word for word.
 */

/** Words per shingle for reuse: five words in a row rarely repeat by chance between articles
 * yet survive an edit every dozen words. */
export const REUSE_SHINGLE_WORDS = 5;

/** MinHash functions per signature. 128 gives a Jaccard estimate within about ±0.09. */
export const SIGNATURE_SIZE = 128;

/** LSH bands x rows = SIGNATURE_SIZE. Two rows per band make a pair with Jaccard 0.15 a candidate
 * 77% of the time and one with 0.01 almost never, so weak reuse is still found. */
export const LSH_BANDS = 64;
export const LSH_ROWS = 2;

/** A bucket shared by more articles than this is a common phrase or word set (boilerplate, stock
 * wording), not evidence of a relation; skipping it bounds the candidate pairs per article. */
export const LSH_MAX_BUCKET = 50;

/** Shortest run of identical words counted as a shared passage: shorter runs are stock phrases. */
export const MIN_PASSAGE_WORDS = 8;

/** Syndicated copy: the smaller article is almost all shared and the larger mostly shared (a copy
 * may add a summary, a notice or a related-links block). */
export const SYNDICATED_MIN_SHARE = 0.85;
export const SYNDICATED_MIN_OTHER_SHARE = 0.5;

/** Partial reuse: at least this share of either article is passages of the other. */
export const PARTIAL_MIN_SHARE = 0.1;

/** Topic similarity (content words, stop words dropped) from which two articles are accounts of
 * the same event. Measured on hand-made pairs: rewrites of one account score 0.2 and above,
 * articles on another event with the same people and places 0.1 and below. */
export const SAME_STORY_MIN_TOPIC = 0.15;

/** Two dated articles more than this many days apart are about different events, however alike.
 * An undated article is joined on text alone. */
export const SAME_STORY_MAX_DAYS = 7;

/** A longer text is "fuller" (the likely source of a shorter copy) only when it has at least this
 * ratio more words; closer lengths tell nothing. */
export const FULLER_TEXT_MIN_RATIO = 1.1;

/** Words shorter than this never count as content words for topic similarity. */
export const MIN_CONTENT_WORD_LENGTH = 3;

/** Function words that say nothing about the event an article covers. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but nor of to in on at for with by from into onto over under about after ' +
    'before during since until than then that this these those there here is are was were be ' +
    'been being am has have had having do does did will would shall should can could may might ' +
    'must not no yes it its he him his she her hers they them their theirs we us our you your i ' +
    'me my who whom whose which what when where why how all any both each few more most other ' +
    'some such only own same so too very also just said says say told according one two while ' +
    'as if because out up down off again further once'
  ).split(' '),
);
