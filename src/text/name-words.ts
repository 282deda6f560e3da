/**
 * The word lists names are read with, in one commented table: titles and roles that come before a
 * name, words that are never part of one, words that make a capitalised run an organisation or a
 * place, and the verbs and pronouns of speech that tell a name opening a sentence ("Lee said").
 * Every list is lowercase; matching lowercases the text first. Used by person names (`names.ts`),
 * quotation attribution and entity extraction alike.
 */

/** English verbs that introduce or attribute speech, in every form an attribution uses them. */
const ENGLISH_SPEECH_VERBS =
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
  'slammed dubbed labelled labeled branded termed reiterated reiterates assures assured noting describe';

/** The same verbs in other languages news is written in, past and present forms that stand
 * alone in an attribution (Spanish, Portuguese, French, German, Italian, Dutch, Indonesian and
 * Malay, Russian, Polish, Turkish). Words that are also common nouns ("dice", "jelas") are left
 * out: a false verb costs more than a missed one. */
const OTHER_SPEECH_VERBS =
  'dijo afirmó aseguró señaló explicó declaró indicó añadió agregó manifestó sostuvo advirtió ' +
  'comentó expresó apuntó destacó subrayó afirma asegura señala explica ' +
  'disse afirmou declarou explicou acrescentou destacou ressaltou contou ' +
  'déclaré dit affirmé expliqué ajouté souligné estimé indiqué précisé assuré confié raconté ' +
  'déclare affirme explique ajoute souligne estime indique précise assure ' +
  'sagte sagt erklärte erklärt betonte betont meinte schrieb warnte kritisierte ' +
  'detto dichiarato spiegato aggiunto affermato sottolineato spiega afferma aggiunge ' +
  'zei zegt vertelde aldus ' +
  'berkata mengatakan kata ujar ujarnya katanya menjelaskan menambahkan tutur tuturnya ungkap ' +
  'ungkapnya ' +
  'сказал сказала заявил заявила отметил отметила рассказал рассказала пояснил пояснила ' +
  'добавил добавила подчеркнул подчеркнула говорит ' +
  'powiedział powiedziała stwierdził stwierdziła dodał dodała ' +
  'dedi söyledi';

/** Verbs that introduce or attribute speech ("Johnson said", "said Johnson", "he added,"), in
 * every form an attribution uses them, in English and the other languages above. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `${ENGLISH_SPEECH_VERBS} ${OTHER_SPEECH_VERBS}`.split(/\s+/).filter(Boolean),
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
    ' pastor rabbi father sister captain lieutenant sergeant colonel commander admiral inspector ' +
    'constable corporal bishop archbishop cardinal reverend rev rev. sir dame'
  ).split(' '),
);

/** Plural titles: they introduce several people, so none of them becomes "the mayor". */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(
  'mayors presidents secretaries senators representatives governors judges ministers'.split(' '),
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
    'attorney’s rights brotherhood united'
  ).split(' '),
);
