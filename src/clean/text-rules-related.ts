/**
 * The multilingual table of lines that point away from the article: headings of related-article
 * lists ("Mehr zum Thema"), one-line promotions of another article ("Lesen Sie auch: …"), "read
 * more" buttons and "about the author" headings. Each phrase is how sites in that language word
 * their own furniture; none is taken from a given page. A heading removed here takes the link
 * list it introduces with it (see `html-link-lists.ts`), and only when that list is links.
 */
import { labelLine, leadLine, type LinePattern, type PhraseTable } from './phrase-table.ts';

/** Headings of lists of other articles: "Mehr zum Thema", "À lire aussi", "Temas relacionados",
 * "Читайте также", "相关阅读", "関連記事", "مقالات ذات صلة". */
const RELATED_HEADINGS: PhraseTable = {
  en: [
    'more on (?:this|the) (?:topic|story|subject)|read (?:also|next)|also read|further reading',
    'related (?:topics|links|videos)|you (?:may|might) also be interested in',
    "what to read next|editor[’']s picks|top stories|latest (?:news|stories)",
  ],
  de: [
    'mehr zum thema|das könnte (?:sie|dich) (?:auch|ebenfalls) interessieren',
    'lesen sie (?:auch|mehr|hier)|lies auch|auch interessant|ebenfalls interessant|schon gelesen\\?',
    'zum weiterlesen|weitere (?:artikel|beiträge|nachrichten|meldungen|themen)(?: (?:aus|zu|zum|zur|von|in) [\\p{L} -]{1,40})?',
    '(?:ähnliche|verwandte|empfohlene) (?:artikel|beiträge|themen)|meist-?(?:gelesen|diskutiert|kommentiert|geklickt)(?:e (?:artikel|beiträge))?',
    'passend zum thema|auch lesenswert|lesetipps?|top-themen|mehr aus (?:dem|der) (?:ressort|rubrik|region)',
  ],
  fr: [
    '[àa] lire (?:aussi|également|egalement)|lire aussi|sur le même sujet|dans la même rubrique',
    'articles? (?:similaires|liés|associés|recommandés)|vous (?:aimerez|pourriez aimer) aussi',
    'les plus lus|voir aussi|[àa] voir aussi|nos articles sur le sujet|et aussi',
  ],
  es: [
    '(?:también )?te puede interesar|(?:también )?le puede interesar|quizás te interese',
    'lee también|lea también|temas relacionados|noticias relacionadas|artículos relacionados',
    'más noticias|lo más leído|más sobre (?:este|el) tema|te recomendamos|ver también|mira también',
  ],
  it: [
    'leggi anche|potrebbe interessarti(?: anche)?|ti potrebbe interessare|articoli correlati',
    'notizie correlate|i più letti|altre notizie|vedi anche|potrebbero interessarti',
  ],
  pt: [
    'leia também|veja também|notícias relacionadas|matérias relacionadas|artigos relacionados',
    'você (?:pode|também pode) gostar|mais lidas|mais sobre o (?:assunto|tema)|relacionadas',
  ],
  nl: [
    'lees ook|gerelateerde artikelen|meer over dit onderwerp|ook interessant|meest gelezen',
    'bekijk ook|meer nieuws|dit vind je misschien ook interessant|lees meer over',
  ],
  pl: [
    'czytaj (?:także|też)|przeczytaj (?:także|też)|zobacz (?:także|też)|powiązane artykuły',
    'podobne artykuły|więcej na ten temat|najczęściej czytane|polecamy|może cię zainteresować',
  ],
  ru: [
    'читайте (?:также|еще|ещё)|смотрите также|похожие (?:статьи|новости|материалы)',
    'по теме|ещё по теме|еще по теме|материалы по теме|новости по теме|самое читаемое',
    'вам может быть интересно|рекомендуем',
  ],
  zh: [
    '相关阅读|相關閱讀|相关文章|相關文章|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|热门文章|熱門文章',
  ],
  ja: [
    '関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事|人気記事',
  ],
  ar: [
    'اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|مقالات ذات صلة|أخبار ذات صلة|مواضيع ذات صلة',
    'الأكثر قراءة|قد يعجبك أيضا|قد يهمك أيضا|قد يهمك',
  ],
};

/** Phrases that open a one-line promotion of another article, before its title: "Lesen Sie auch:
 * Die Bahn streikt", "À lire aussi : …", "PUEDES VER: …", "Читайте также: …", "相关阅读：…". */
const READ_ALSO_LEADS: PhraseTable = {
  en: ['more on (?:this|the) (?:topic|story)|read next|watch'],
  de: [
    'lesen sie (?:auch|mehr|hier)|lies auch|mehr zum thema|auch interessant|siehe auch|lesetipp',
  ],
  fr: ['[àa] lire (?:aussi|également)|lire aussi|voir aussi|[àa] voir aussi|et aussi'],
  es: [
    'lee también|lea también|lee más|te puede interesar|puedes ver|mira también|ver también|leer más',
  ],
  it: ['leggi anche|leggi pure|vedi anche|potrebbe interessarti'],
  pt: ['leia também|leia mais|veja também|saiba mais'],
  nl: ['lees ook|lees meer|bekijk ook|zie ook'],
  pl: ['czytaj (?:także|też|więcej)|przeczytaj (?:także|też)|zobacz (?:także|też)'],
  ru: ['читайте (?:также|еще|ещё)|смотрите также|по теме'],
  zh: ['相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀'],
  ja: ['関連記事|あわせて読みたい|合わせて読みたい'],
  ar: ['اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد'],
};

/** Button text that opens the rest of a story or another page: "Weiterlesen", "Lire la suite",
 * "Seguir leyendo", "Czytaj dalej", "Читать далее", "阅读全文", "続きを読む", "اقرأ المزيد". */
const READ_MORE_BUTTONS: PhraseTable = {
  en: ['read the rest|show all|view all|back to top|back to (?:the )?overview'],
  de: [
    'weiterlesen|mehr lesen|artikel lesen|mehr anzeigen|alle anzeigen|zurück(?: zur übersicht| zur listenansicht)?|nach oben',
  ],
  fr: ['lire la suite|lire plus|voir plus|afficher plus|voir tout|retour(?: en haut)?'],
  es: ['leer más|seguir leyendo|ver más|mostrar más|ver todo|volver(?: arriba)?'],
  it: ['continua a leggere|leggi tutto|leggi di più|mostra (?:di )?più|vedi tutt[io]|torna su'],
  pt: ['continue lendo|continuar lendo|leia mais|ver mais|mostrar mais|voltar ao topo'],
  nl: ['lees verder|lees meer|toon meer|bekijk alles|terug naar boven'],
  pl: ['czytaj dalej|czytaj więcej|pokaż więcej|zobacz więcej|wróć na górę'],
  ru: ['читать далее|читать полностью|подробнее|показать ещё|показать еще|наверх'],
  zh: ['阅读全文|閱讀全文|阅读更多|閱讀更多|查看更多|查看全文|返回顶部|展开全文'],
  ja: ['続きを読む|もっと見る|全文を読む|ページトップへ'],
  ar: ['اقرأ المزيد|المزيد|عرض المزيد|إقرأ المزيد'],
};

/** Headings of the box about the writer: "Über den Autor", "À propos de l'auteur", "Sobre el
 * autor", "Об авторе", "关于作者", "著者について", "عن الكاتب". */
const AUTHOR_HEADINGS: PhraseTable = {
  en: ['about the (?:author|writer|authors)|author bio'],
  de: ['über (?:den autor|die autorin|die autoren|den verfasser)|zur person|zum autor|zur autorin'],
  fr: ["[àa] propos de l['’](?:auteur|autrice)|l['’]auteur|sur l['’]auteur"],
  es: ['sobre (?:el autor|la autora)|acerca del autor'],
  it: ["sull['’]autore|l['’]autore|chi è l['’]autore"],
  pt: ['sobre (?:o autor|a autora)'],
  nl: ['over de auteur|over de schrijver'],
  pl: ['o autorze|o autorce'],
  ru: ['об авторе'],
  zh: ['关于作者|關於作者|作者简介|作者簡介'],
  ja: ['著者について|著者プロフィール|この記事を書いた人'],
  ar: ['عن الكاتب|نبذة عن الكاتب|عن المؤلف'],
};

/** Labels of the tag and category links under a post: "Schlagwörter: Klima, Verkehr",
 * "Kategorie: News", "Mots-clés : …", "Etiquetas: …", "Tagi: …", "Метки: …", "标签：…", "タグ：…". */
const TAG_LEADS: PhraseTable = {
  en: ['tags?|tagged(?: with)?|categor(?:y|ies)|filed under|topics'],
  de: ['schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|kategorien?|themen|tags?'],
  fr: ['mots-clés|mots clés|catégories?|tags?|thèmes'],
  es: ['etiquetas?|categorías?|temas|tags?'],
  it: ['tag|categori[ae]|argomenti'],
  pt: ['tags?|etiquetas|categorias?|assuntos|temas'],
  nl: ['tags?|trefwoorden|categorie(?:ën)?|onderwerpen'],
  pl: ['tagi|kategori(?:a|e)|tematy'],
  ru: ['теги|метки|рубрик(?:а|и)|категори(?:я|и)'],
  zh: ['标签|標籤|分类|分類|关键词|關鍵詞'],
  ja: ['タグ|カテゴリー?'],
  ar: ['الوسوم|وسوم|التصنيف|التصنيفات|كلمات مفتاحية'],
};

/** Links to the next or previous article: "Nächster Artikel", "Article précédent", "Artículo
 * siguiente", "Następny artykuł", "Следующая статья", "下一篇", "次の記事", "المقال التالي". */
const NEXT_PREVIOUS: PhraseTable = {
  en: ['(?:next|previous) (?:article|post|story)|older posts?|newer posts?'],
  de: [
    '(?:nächster|vorheriger) (?:artikel|beitrag)|(?:nächste|vorherige) (?:meldung|nachricht)|ältere beiträge|neuere beiträge',
  ],
  fr: ['article (?:suivant|précédent)'],
  es: ['(?:artículo|noticia|entrada) (?:siguiente|anterior)'],
  it: ['articolo (?:successivo|precedente)'],
  pt: ['(?:próximo|artigo anterior|post anterior)(?: artigo| post)?'],
  nl: ['(?:volgend|vorig) (?:artikel|bericht)'],
  pl: ['(?:następny|poprzedni) (?:artykuł|wpis)'],
  ru: ['(?:следующая|предыдущая) (?:статья|новость|запись)'],
  zh: ['下一篇|上一篇'],
  ja: ['次の記事|前の記事'],
  ar: ['المقال (?:التالي|السابق)'],
};

/** Pagination of a list: "Seite 2 von 5", "Page 2 of 5", "Showing 1–10 of 19 results", "Es werden
 * die Artikel 1 bis 10 von insgesamt 19 angezeigt", "Página 2 de 5", "Страница 2 из 5". */
const PAGINATION =
  /^(?:(?:seite|page|página|pagina|strona|страница)\s+\d+\s+(?:von|of|de|di|van|z|из)\s+\d+|(?:showing|es werden(?: die)?(?: \p{L}+)?)\s+\d+\s*(?:[–-]|bis)\s*\d+\s+(?:of|von)\s+(?:insgesamt\s+)?\d+(?:\s+\p{L}+)*)[\s.!]*$/iu;

/** The table's patterns, in the order they are tried. */
export const RELATED_PATTERNS: readonly LinePattern[] = [
  { rule: 'related-links', pattern: labelLine(RELATED_HEADINGS) },
  { rule: 'read-more-promo', pattern: leadLine(READ_ALSO_LEADS, 200) },
  { rule: 'button', pattern: labelLine(READ_MORE_BUTTONS) },
  { rule: 'author-box', pattern: labelLine(AUTHOR_HEADINGS) },
  { rule: 'navigation', pattern: leadLine(TAG_LEADS, 150) },
  { rule: 'navigation', pattern: labelLine(NEXT_PREVIOUS) },
  { rule: 'navigation', pattern: leadLine(NEXT_PREVIOUS, 150) },
  { rule: 'navigation', pattern: PAGINATION },
];
