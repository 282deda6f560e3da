/**
 * The multilingual table of who-made-it lines around an article: bylines ("Von Anna Schmidt",
 * "Par Jean Dupont", "Autor: …"), agency signatures and photo credits ("Foto: dpa", "Imagen: …",
 * "Źródło: …"); date lines are in `text-rules-dates.ts`. The page's metadata states the author;
 * these lines repeat it as furniture. A byline is a name and
 * nothing else, so a sentence that opens with "Von" or "Por" is never one.
 *
 * English "By Jane Doe" is not here: the plain-text cleaner reads it as the entry's byline
 * (`BYLINE` in `text-rules-media.ts`), and a page's byline element is pruned by its class.
 */
import { colonLine, leadLine, type LinePattern, type PhraseTable } from './phrase-table.ts';

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
  de: ['autor(?:in|en|innen)?|von|text|verfasst von|geschrieben von|redaktion'],
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

/** A caption set as a paragraph with its credit after a bar or a sentence: "Der Minister in
 * Berlin. | © Anna Schmidt/dpa", "Piloten werden in Bremen ausgebildet. © CAE". Prose never ends
 * in "© …". */
const CAPTION_WITH_CREDIT = /^.{1,300}?(?:\s[|–—]|[.!?])\s*©\s*[^|©]{1,80}$/u;

/** A caption set as a paragraph, its credit at the end after a credit word or an agency:
 * "Die Delegation in Berlin. Foto: dpa", "… Foto © Anna Schmidt", "… Imagen: Télam", "…
 * (REUTERS/Anna Schmidt)". The credit is short and ends the line, which prose never does. */
const CAPTION_ENDING_IN_CREDIT = new RegExp(
  String.raw`^.{1,300}?(?:\s(?:foto|fotos|bild|photo|imagen|foto de|crédito|fonte|źródło|fot\.|фото|credit)\s*(?::|©|by)\s*[^.!?:]{1,60}|\s\((?:REUTERS|AP|AFP|EPA|EFE|dpa|DPA|ANSA|PAP|TASS|Getty Images)(?:\s*Photo)?\s*/\s*[^()]{1,50}\))$`,
  'iu',
);

/** An agency signature closing a report: "dpa/lnw", "aja/PAP", "AFP/dpa", "(kna/epd)": short
 * codes joined by slashes, which no sentence is. */
const AGENCY_SIGNATURE = /^\(?[\p{L}]{2,5}(?:\s*\/\s*[\p{L}]{2,5}){1,3}\)?\.?$/u;

/** The table's patterns, in the order they are tried. */
export const CREDIT_PATTERNS_I18N: readonly LinePattern[] = [
  { rule: 'byline', pattern: BY_NAME },
  { rule: 'byline', pattern: leadLine(AUTHOR_LEADS, 80) },
  { rule: 'byline', pattern: colonLine(AUTHOR_LEADS) },
  { rule: 'byline', pattern: AGENCY_SIGNATURE },
  { rule: 'photo-caption', pattern: leadLine(CREDIT_LEADS, 100) },
  { rule: 'photo-caption', pattern: CAPTION_WITH_CREDIT },
  { rule: 'photo-caption', pattern: CAPTION_ENDING_IN_CREDIT },
];
