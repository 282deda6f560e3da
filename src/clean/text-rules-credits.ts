/**
 * The multilingual table of who-and-when lines around an article: bylines ("Von Anna Schmidt",
 * "Par Jean Dupont", "Autor: …"), date lines ("Aktualisiert am 3. März 2024", "Publié le …"),
 * reading times and photo credits ("Foto: dpa", "Imagen: …", "Źródło: …"). The page's metadata
 * states the author and the date; these lines repeat them as furniture. A byline is a name and
 * nothing else, so a sentence that opens with "Von" or "Por" is never one.
 *
 * English "By Jane Doe" is not here: the plain-text cleaner reads it as the entry's byline
 * (`BYLINE` in `text-rules-media.ts`), and a page's byline element is pruned by its class.
 */
import { datedLine, leadLine, type LinePattern, type PhraseTable } from './phrase-table.ts';

/** One word of a person's name: capitalised, any script with case ("Müller", "Łukasz", "O'Neil"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** Lowercase particles inside names ("Ursula von der Leyen", "Luis de la Fuente"). */
const PARTICLE = String.raw`(?:von|van|der|den|de|del|della|la|le|du|da|dos|das|di|zu|y|e|et|und|and|i|и)`;
/** A name of two to five words, particles allowed between them. */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,4}`;
/** An agency, desk or place after the names, at most three words: ", dpa", " (AFP)", " / Reuters",
 * ", Berlin". */
const DESK_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&-]*`;
const DESK = String.raw`(?:\s*[,/|(]\s*${DESK_WORD}(?:\s+${DESK_WORD}){0,2}\)?)?`;

/** A byline that opens with the word for "by": "Von Anna Schmidt", "Par Jean Dupont et Marie
 * Curie", "Por Ana García", "Di Marco Rossi", "Door Jan de Vries", "Przez Jana Kowalska". Case is
 * written out, so the name words must be capitalised. */
const BY_NAME = new RegExp(
  String.raw`^(?:[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|DOOR|[Pp]rzez)\s+${NAME}(?:\s*(?:,|und|et|y|e|en|i|and|&)\s*${NAME})*${DESK}$`,
  'u',
);

/** Labels of the author and the text's source: "Autor: Anna Schmidt", "Auteur : …", "Texto: …",
 * "Автор: Иван Петров", "作者：李明", "記者：山田太郎", "كتب: …", "بقلم …". */
const AUTHOR_LEADS: PhraseTable = {
  en: ['author|authors|written by|words by|reporting by'],
  de: ['autor(?:in|en|innen)?|text|verfasst von|geschrieben von|redaktion'],
  fr: ['auteur|autrice|auteurs|texte|rédaction|propos recueillis par'],
  es: ['autor(?:a|es)?|texto|redacción|escrito por'],
  it: ['autore|autori|testo|redazione|scritto da'],
  pt: ['autor(?:a|es)?|texto|redação|escrito por'],
  nl: ['auteur|tekst|redactie|geschreven door'],
  pl: ['autor(?:ka|zy)?|tekst|redakcja|opracowanie'],
  ru: ['автор(?:ы)?|текст|редакция'],
  zh: ['作者|记者|記者|编辑|編輯|责任编辑|責任編輯|撰文|文'],
  ja: ['著者|記者|文|筆者|編集'],
  ar: ['كتب|كتبت|بقلم|الكاتب|تحرير'],
};

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
  zh: ['发布时间|發佈時間|发布日期|發布日期|更新时间|更新時間|发表于|發表於|时间|時間|日期'],
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

/** Photo credits and source lines: "Foto: dpa", "Bild: Getty Images", "Quelle: Statistisches
 * Bundesamt", "Crédit photo : AFP", "Imagen: EFE", "Fonte: ANSA", "Źródło: PAP", "Фото: ТАСС",
 * "图片来源：新华社", "写真：共同通信", "الصورة: رويترز", "(Foto: Anna Schmidt)". */
const CREDIT_LEADS: PhraseTable = {
  en: [
    'photo(?:graph)?s?|image|picture|credit|photo credit|image credit|source|illustration|graphic',
  ],
  de: [
    'fotos?|bild(?:er)?|bildquelle|fotoquelle|titelbild|titelfoto|quelle|quellen|grafik|illustration|symbolbild',
  ],
  fr: ['photos?|crédits?(?: photos?)?|illustration|source|image'],
  es: ['fotos?|imagen|imágenes|fotografía|fuente|crédito|ilustración'],
  it: ['fotos?|immagine|fonte|credito|illustrazione'],
  pt: ['fotos?|imagem|fonte|crédito|ilustração'],
  nl: ['fotos?|beeld|bron|illustratie'],
  pl: ['źródło|zdjęcie|fot\\.?|foto|ilustracja|grafika'],
  ru: ['фото|источник|иллюстрация|изображение'],
  zh: ['图片来源|圖片來源|图片|圖片|来源|來源|图|圖|摄影|攝影'],
  ja: ['写真|画像|出典|撮影|提供'],
  ar: ['الصورة|صورة|المصدر|تصوير'],
};

/** An agency signature closing a report: "dpa/lnw", "aja/PAP", "AFP/dpa", "(kna/epd)": short
 * codes joined by slashes, which no sentence is. */
const AGENCY_SIGNATURE = /^\(?[\p{L}]{2,5}(?:\s*\/\s*[\p{L}]{2,5}){1,3}\)?\.?$/u;

/** A line that is only a date or a time: "12.03.2024", "12.03.2024, 10:15 Uhr", "05:28 Uhr",
 * "2024-03-12 10:15", "2024年3月12日". */
const DATE_ONLY =
  /^(?=.*\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)?(?:[\s,|·-]*(?:um\s+)?(?:\d{1,2}:\d{2}(?:\s*(?:uhr|h|am|pm|utc|mez|cet))?|\d{1,2}[.h]\d{2}\s*(?:uhr|h)))?\.?$/iu;

/** The table's patterns, in the order they are tried. */
export const CREDIT_PATTERNS_I18N: readonly LinePattern[] = [
  { rule: 'byline', pattern: BY_NAME },
  { rule: 'byline', pattern: leadLine(AUTHOR_LEADS, 80) },
  { rule: 'byline', pattern: datedLine(DATE_LEADS, 80) },
  { rule: 'byline', pattern: leadLine(READING_TIME_LEADS, 30) },
  { rule: 'byline', pattern: MINUTES_READ },
  { rule: 'byline', pattern: DATE_ONLY },
  { rule: 'byline', pattern: AGENCY_SIGNATURE },
  { rule: 'photo-caption', pattern: leadLine(CREDIT_LEADS, 100) },
];
