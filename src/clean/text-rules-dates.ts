/**
 * The multilingual table of when-lines around an article: date lines ("Aktualisiert am 3. März
 * 2024", "Publié le …"), lines that are only a date or a time, reading times, view counts and the
 * "This entry was posted in …" line of blog themes. The page's metadata states the dates; these
 * lines repeat them as furniture. Every pattern needs a digit or a whole date, so a sentence that
 * opens with "Veröffentlicht" or "Publicado" is never one.
 */
import {
  alternation,
  colonLine,
  datedLine,
  leadLine,
  type LinePattern,
  openingLine,
  type PhraseTable,
} from './phrase-table.ts';

/** Date lines: "Aktualisiert am 3. März 2024, 10:15 Uhr", "Veröffentlicht: 12.03.2024", "Publié
 * le 12 mars 2024", "Actualizado el …", "Pubblicato il …", "Gepubliceerd op …", "Opublikowano: …",
 * "Опубликовано: …", "发布时间：2024-03-12", "公開日：2024年3月12日", "نشر في 12 مارس 2024". */
const DATE_LEADS: PhraseTable = {
  en: [
    'published(?: on)?|updated(?: on)?|last updated(?: on)?|posted(?: on)?|first published(?: on)?|release date',
  ],
  de: [
    'aktualisiert(?: am)?|veröffentlicht(?: am)?|zuletzt aktualisiert(?: am)?|erschienen(?: am)?|stand|datum|erstellt(?: am)?',
  ],
  fr: ['publié le|publié|mis à jour le|mis à jour|modifié le|date de publication|actualisé le'],
  es: ['publicado(?: el)?|actualizado(?: el)?|fecha de publicación|última actualización'],
  it: ['pubblicato(?: il)?|aggiornato(?: il)?|ultimo aggiornamento|data di pubblicazione'],
  pt: ['publicado(?: em)?|atualizado(?: em)?|actualizado(?: em)?|última atualização'],
  nl: ['gepubliceerd(?: op)?|bijgewerkt(?: op)?|laatst bijgewerkt(?: op)?|geplaatst op'],
  pl: ['opublikowano|aktualizacja|zaktualizowano|data publikacji|dodano'],
  ru: ['опубликовано|обновлено|дата публикации|дата обновления'],
  // A bare "时间" (time) or "日期" (date) only with its colon: prose opens with them too.
  zh: [
    '发布时间|發佈時間|发布日期|發布日期|更新时间|更新時間|发表于|發表於|时间[:：]|時間[:：]|日期[:：]',
  ],
  ja: ['公開日|更新日|投稿日|配信日|掲載日'],
  ar: ['نشر في|نُشر في|تاريخ النشر|آخر تحديث|تم التحديث'],
};

/** Reading-time lines: "Lesezeit: 4 Minuten", "Temps de lecture : 3 min", "Tiempo de lectura: 5
 * minutos", "Leestijd: 2 minuten", "Время чтения: 3 мин", "阅读时间：5分钟", "وقت القراءة: 3 دقائق". */
const READING_TIME_LEADS: PhraseTable = {
  en: ['reading time|read time'],
  de: ['lesezeit|lesedauer'],
  fr: ['temps de lecture|durée de lecture'],
  es: ['tiempo de lectura|tiempo estimado de lectura'],
  it: ['tempo di lettura'],
  pt: ['tempo de leitura'],
  nl: ['leestijd'],
  pl: ['czas czytania|czas lektury'],
  ru: ['время чтения|время прочтения'],
  zh: ['阅读时间|閱讀時間|阅读时长'],
  ja: ['読了時間|この記事は約'],
  ar: ['وقت القراءة|مدة القراءة'],
};

/** "4 min read", "3 Min. Lesezeit", "5 minutes de lecture": the count before the words. */
const MINUTES_READ =
  /^\d{1,3}\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minuty|minut|мин(?:ут[ыа]?)?\.?)\s*(?:read|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|czytania|чтения)$/iu;

/** Month names (and the genitive forms Polish and Russian dates use): "15. Mai 2019", "3 mars
 * 2024", "3 de marzo de 2024", "3 marca 2024", "3 марта 2024", "March 3, 2024". */
const MONTHS: PhraseTable = {
  en: [
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  ],
  de: ['januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|mär|okt|dez'],
  fr: ['janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'],
  es: ['enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre'],
  it: [
    'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  ],
  pt: ['janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'],
  nl: ['januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'],
  pl: [
    'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
  ],
  ru: ['января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'],
  zh: [],
  ja: [],
  ar: ['يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر'],
};

/** A time after a date: ", 10:15 Uhr", " à 10h15", " a las 10:15", " um 05:28". */
const TIME = String.raw`(?:[\s,|·-]*(?:um|à|a las|alle|às|at|om|o|в)?\s*\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}\s*uhr)(?:\s*(?:uhr|h|am|pm|utc|mez|cet|gmt))?)?`;

/** A line that is only a date with a month name, a day and a year, after an optional weekday:
 * "Mittwoch, 15. Mai 2019, 05:28 Uhr", "3 de marzo de 2024", "March 3, 2024". A month and year
 * alone ("März 2020") stay: timelines use them as headings. */
const WORDED_DATE = new RegExp(
  String.raw`^(?:\p{L}+\.?,?\s+)?(?:\d{1,2}\.?\s*(?:de\s+)?${alternation(MONTHS)}\.?|${alternation(MONTHS)}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s*(?:de\s+)?\d{4}${TIME}\.?$`,
  'iu',
);

/** A line that is only a date or a time: "12.03.2024", "12.03.2024, 10:15 Uhr", "05:28 Uhr",
 * "2024-03-12 10:15", "2024年3月12日". */
const DATE_ONLY =
  /^(?=.*\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)?(?:[\s,|·-]*(?:um\s+)?(?:\d{1,2}:\d{2}(?:\s*(?:uhr|h|am|pm|utc|mez|cet))?|\d{1,2}[.h]\d{2}\s*(?:uhr|h)))?\.?$/iu;

/** View counts: "Aufrufe: 1120", "Vues : 3 400", "Просмотры: 523", "阅读量：1万", "مشاهدات: 120". */
const VIEWS_LEADS: PhraseTable = {
  en: ['views'],
  de: ['aufrufe|gelesen|zugriffe'],
  fr: ['vues|lectures'],
  es: ['visitas|lecturas'],
  it: ['visualizzazioni|letture'],
  pt: ['visualizações|leituras'],
  nl: ['weergaven|bekeken'],
  pl: ['wyświetlenia|odsłony'],
  ru: ['просмотры|просмотров'],
  zh: ['阅读量|閱讀量|浏览量|瀏覽量|阅读[:：]|閱讀[:：]'],
  ja: ['閲覧数|pv'],
  ar: ['مشاهدات|المشاهدات'],
};

/** The post-meta line blog themes print under a post: "This entry was posted in News and tagged
 * …", "Dieser Eintrag wurde veröffentlicht in …", "Cette entrée a été publiée dans …". */
const ENTRY_POSTED: PhraseTable = {
  en: ['this (?:entry|post) was posted (?:in|on|by)'],
  de: [
    'dieser (?:eintrag|beitrag) wurde (?:am [^.]{1,30} )?(?:veröffentlicht|verschlagwortet|geschrieben)',
  ],
  fr: ['cette entrée a été publiée|cet article a été publié (?:dans|le)'],
  es: ['esta entrada fue publicada|esta entrada se publicó'],
  it: ['questa voce è stata pubblicata'],
  pt: ['esta entrada foi publicada'],
  nl: ['dit (?:bericht|item) is geplaatst'],
  pl: ['ten wpis został opublikowany'],
  ru: ['эта запись была опубликована|запись опубликована'],
  zh: ['本条目发布于|此条目发表于'],
  ja: ['この記事は[^。]{0,20}に(?:投稿|公開)'],
  ar: ['تم نشر هذه التدوينة'],
};

/** The table's patterns, in the order they are tried. */
export const DATE_PATTERNS: readonly LinePattern[] = [
  { rule: 'byline', pattern: datedLine(DATE_LEADS, 80) },
  { rule: 'byline', pattern: colonLine(DATE_LEADS) },
  { rule: 'byline', pattern: WORDED_DATE },
  { rule: 'byline', pattern: DATE_ONLY },
  { rule: 'byline', pattern: leadLine(READING_TIME_LEADS, 30) },
  { rule: 'byline', pattern: MINUTES_READ },
  { rule: 'byline', pattern: datedLine(VIEWS_LEADS, 20) },
  { rule: 'byline', pattern: openingLine(ENTRY_POSTED, 300) },
];
