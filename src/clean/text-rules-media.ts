/**
 * The table of patterns and thresholds for what pasted plain text carries besides prose: photo
 * captions with their credits, embedded social posts (as a pasted embed leaves them: the post's text,
 * then a signature line) and the line-layout thresholds of the plain-text cleaner. Patterns are
 * general (agency names, platform signature formats), never a given article's words.
 */

/** Longest line, in characters, that can be a caption; captions are short, prose paragraphs not. */
export const MAX_CAPTION_LINE = 400;

/** Longest line, in characters, read as an image's alt text when it stands above a credit line. */
export const MAX_ALT_TEXT = 150;

/** Longest post text taken above a tweet's signature: Twitter's own limit on a post's length. */
export const TWEET_MAX_CHARS = 280;

/** Characters a link counts for in a tweet's length (Twitter shortens every link to this). */
export const TWEET_URL_CHARS = 23;

/** Longest post text taken above an Instagram signature (Instagram's caption limit). */
export const INSTAGRAM_MAX_CHARS = 2200;

/** Longest line, in characters, that the tail rule treats as form or footer residue. */
export const TAIL_JUNK_MAX = 80;

/** Line widths of hard-wrapped text: lines of a wrapped paragraph all fall in this range. */
export const WRAP_MIN = 30;
export const WRAP_MAX = 100;

/** A line that ends a sentence: terminal punctuation, then closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["”’')\]]*$/u;

/** A leading byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". Captures the name. */
export const BYLINE =
  /^By\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s+|,\s*)(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|del|der|van|von|la|le))*)\s*$/u;

/** Words that open an adverbial phrase, not a name, after "By" ("By Monday", "By March"). */
export const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Law|Contrast|Comparison|Design|Default|Far|Tomorrow|Tonight|Today)\b/u;

/** A line that introduces what follows ("He posted:"); a post's text never starts above it. */
export const INTRO_LINE = /:\s*$/u;

/** Photo agencies and stock libraries named at the end of credits. */
const AGENCY = String.raw`(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|UPI|Xinhua|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Wikimedia Commons|Unsplash|Pexels)`;

/** A person's or agency's name in a credit: capitalised words, joined by spaces, slashes, commas
 * and the few lowercase words credits use ("John Doe for The Post via Getty Images"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:(?:\s*/\s*|,?\s+)(?:\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*|for|of|via|and|the|de|da|del|van|von|&))*`;

/** A photographer's name before an agency ("Jane Roe/Getty Images"): at most four words, so a
 * line that is only a caption of capitalised words is not read as a credit. */
const SHORT_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;

/** Credit forms, each capturing the caption before it (possibly empty) and the credit itself. A
 * credit without a marker word ("Jane Doe/Getty Images") must stand at the start, after a sentence
 * end or inside brackets, so the caption's own capitalised words are not read as the name. */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  // In brackets any wording goes: "(Photo courtesy of the Roe family)", "[Image: city archive]"
  new RegExp(
    String.raw`^(.*?)\s*[([]\s*((?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Ii]llustration|[Cc]redit)(?:\s+(?:by|courtesy(?:\s+of)?)\s+|\s*:\s*)[^()[\]]{2,100})[)\]]\s*$`,
    'du',
  ),
  // "… Photo by Kayla Bartkowski/Getty Images", "(Photo courtesy of Jane Doe)"
  new RegExp(
    String.raw`^(.*?)[\s([]*((?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Ii]llustration|[Vv]ideo)\s+(?:by|courtesy(?:\s+of)?)\s+${NAME})[.)\]]*$`,
    'du',
  ),
  // "… Photo: Reuters", "Image: Getty Images", "Credit: Jane Doe/AP", "Photo credit: …"
  new RegExp(
    String.raw`^(.*?)[\s([]*((?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit|(?:[Pp]hoto|[Ii]mage) [Cc]redit|PHOTO|IMAGE|CREDIT)\s*:\s*${NAME})[.)\]]*$`,
    'du',
  ),
  // "… (AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque"
  new RegExp(
    String.raw`^(.*?)(?:^|\s+|\s*[([]\s*)((?:AP|AFP|EPA|UPI|Reuters|REUTERS)(?: Photo)?\s*/\s*${NAME})[.)\]]*$`,
    'du',
  ),
  // "… | Getty Images", "… | Jane Doe/Getty Images", "… Jane Doe/Bloomberg via Getty Images"
  new RegExp(
    String.raw`^(.*?)(?:^|(?<=[.!?…"”’])\s+|\s*[([|]\s*)((?:${SHORT_NAME}\s*/\s*|(?:\p{Lu}\S*\s+)?via\s+)?${AGENCY}(?:\s+via\s+${AGENCY})?)[.)\]]*$`,
    'du',
  ),
];

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A post date as embeds print it: "September 26, 2025", "Sep 26, 2025", "26 September 2025". */
const DATE = String.raw`(?:${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4})`;
const HANDLE = String.raw`@[A-Za-z0-9_]{1,15}`;

/** A tweet's signature on its own line: "— Name (@handle) September 26, 2025" (date optional; an
 * en dash or hyphen also seen). Captures author, handle, date. */
export const TWEET_SIGNATURE = new RegExp(
  String.raw`^[—–-]\s*([^()\n]{1,60}?)\s*\((${HANDLE})\)\s*(?:on\s+(?:X|Twitter)\s*)?(${DATE})?[.\s]*$`,
  'iu',
);

/** A tweet's signature run onto the post's last line: "…pic.twitter.com/x— Name (@handle) Sep 26,
 * 2025". Only with a date, which a sentence of prose never ends with in this form. Captures the
 * post's text on that line, author, handle, date. */
export const TWEET_SIGNATURE_INLINE = new RegExp(
  String.raw`^(.*?\S)\s*[—–]\s*([^()—–\n]{1,60}?)\s*\((${HANDLE})\)\s*(${DATE})\s*$`,
  'iu',
);

/** An Instagram embed's signature: "A post shared by Name (@handle)" (also with "on <date>" after
 * it, or a bare "@handle"). Captures author, handle, date. */
export const INSTAGRAM_SIGNATURE = new RegExp(
  String.raw`^A post shared by\s+(?:([^()\n]{1,60}?)\s*\((@[A-Za-z0-9_.]{1,30})\)|(@[A-Za-z0-9_.]{1,30}))\s*(?:on\s+(${DATE})\b.*)?$`,
  'iu',
);

/** The line an Instagram embed opens with; the post's text, when pasted, follows it. */
export const INSTAGRAM_OPENER = /^view this post on instagram\.?$/iu;

/** Links a post carries, best first: the post's own status URL, its picture link, a short link. */
export const POST_URLS: readonly RegExp[] = [
  /https?:\/\/(?:www\.)?(?:twitter|x)\.com\/\w{1,15}\/status\/\d+/iu,
  /https?:\/\/(?:www\.)?instagram\.com\/(?:p|reel)\/[\w-]+\/?/iu,
  /(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\w+/iu,
  /https?:\/\/t\.co\/\w+/iu,
];

/** Any link, for counting a tweet's length as Twitter does. */
export const ANY_URL = /(?:https?:\/\/|pic\.(?:twitter|x)\.com\/)\S+/giu;

/** Month names and abbreviations to month numbers, for ISO dates. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
