/**
 * The patterns behind quotation extraction and speaker attribution, in one commented table. Every
 * list is lowercase; matching lowercases the text first.
 */

/** Verbs that introduce or attribute speech ("Johnson said", "said Johnson", "he added,"), in
 * every form an attribution uses them. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say saying added adds adding stated states stating asserted asserts asserting ' +
    'told tells telling explained explains noted notes wrote writes declared declares declaring ' +
    'insisted insists argued argues warned warns continued continues replied replies responded ' +
    'answered asked asks claimed claims recalled admitted admits acknowledged announced revealed ' +
    'emphasized emphasised emphasizes stressed maintained maintains concluded remarked observed ' +
    'tweeted posted wrote quipped shouted chanted chants urged urges vowed pledged predicted ' +
    'testified confirmed denied suggested agreed countered boasted complained conceded ' +
    'laughed joked sings sang sang wrote tweets recalls explains insists begged pleaded ' +
    'exclaimed cautioned acknowledged reported reports announced adding describing comments ' +
    'commented alleged alleges called calls describes described warning cautions accused ' +
    'slammed dubbed labelled labeled branded termed'
  ).split(' '),
);

/** Words a named person's title may be made of; the name is what follows the last one
 * ("Chicago Mayor Brandon Johnson" -> mayor Brandon Johnson). */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'mayor mayors presidents secretaries senators representatives governors judges ministers president vice secretary senator sen sen. representative rep rep. governor gov ' +
    'gov. judge justice minister chancellor commissioner chief director spokesman spokeswoman ' +
    'spokesperson attorney general sheriff officer agent detective councilman councilwoman ' +
    'alderman councillor councilor councilmember czar ambassador speaker leader chairman chairwoman chair ceo dr dr. mr mr. mrs mrs. ' +
    'ms ms. prof prof. professor pope king queen prince princess lt sgt capt col gen ' +
    'superintendent envoy coach host actor actress singer rapper dl qb defenseman premier ' +
    ' pastor rabbi father sister'
  ).split(' '),
);

/** Plural titles: they introduce several people, so none of them becomes "the mayor". */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(
  'mayors presidents secretaries senators representatives governors judges ministers'.split(' '),
);

/** How far back, in characters, the sentence before a quotation is read. Real sentences are well
 * under it; the bound keeps a paragraph of thousands of quotations linear in its length. */
export const SENTENCE_WINDOW = 1_000;

/** Words that make an unnamed voice speak for the organisation named beside them ("a Pentagon
 * spokesman said", "the ministry said in a statement"). */
export const ORGANISATION_VOICES: ReadonlySet<string> = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials ' +
    'statement representative representatives release'
  ).split(' '),
);

/** Lower-case words that end an organisation's printed name ("the U.S. attorney's office",
 * "Russia's foreign ministry"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  'office ministry department agency administration government police council commission'.split(
    ' ',
  ),
);

/** Pronouns that stand for the last named person in an attribution ("he said"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** Capitalised words that start sentences or phrases but are never part of a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but in on at to for of by with from as if while when after before during ' +
    'since then still despite back speaking according this that these those there here it its ' +
    'he she they we i you his her their our my your however meanwhile also yet so such other ' +
    'both each every some many most all no not one two three democratic republican democrat ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december read more'
  ).split(' '),
);

/** Words that make a capitalised run an organisation or a place rather than a person. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(
  (
    'news times post journal press club department agency service services office police ' +
    'university college school council party administration committee court house senate ' +
    'congress patrol security enforcement customs immigration inc corp company group network ' +
    'foundation institute association union city county state states street avenue zones zone ' +
    'digital social media tv radio ice fbi cia dhs doj cnn abc cbs nbc fox msnbc bbc reuters ' +
    'ap ministry directorate commission bureau authority league government organisation ' +
    'organization center centre board army navy force forces station hospital bank fund ' +
    'program programme project team federation republic kingdom nations embassy consulate ' +
    'directorate secretariat cabinet parliament assembly tribunal prosecutors prosecutor’s ' +
    'attorney’s'
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
