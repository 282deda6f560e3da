/**
 * The multilingual table of the site speaking about itself around an article: donation appeals,
 * app promotions, affiliate disclosures, opinion disclaimers, licence lines, "more information
 * at <address>" lines, rating prompts and download buttons. Each opens with words only a site
 * uses of itself ("Unterstützen Sie unseren Journalismus", "Cet article contient des liens
 * affiliés"), so reporting that mentions donations or apps is never one.
 */
import {
  alternation,
  labelLine,
  type LinePattern,
  openingLine,
  type PhraseTable,
} from './phrase-table.ts';

/** Donation appeals: "Support independent journalism", "Unterstützen Sie unseren Journalismus",
 * "Jede kleine Spende hilft", "Soutenez-nous", "Apoya nuestro periodismo", "Wesprzyj nas",
 * "Поддержите редакцию", "支持我们", "ادعمنا". */
const DONATION_OPENINGS: PhraseTable = {
  en: [
    'support (?:our|independent|quality) journalism|support us|donate (?:now|today)|become a (?:supporter|patron)|make a donation',
  ],
  de: [
    'unterstützen sie (?:uns|unsere arbeit|unseren journalismus|unabhängigen journalismus)|unterstütze uns|jetzt spenden',
    'ihr beitrag hilft|jede (?:kleine )?spende (?:hilft|zählt)(?!,)|spenden sie jetzt',
  ],
  fr: ['soutenez-nous|soutenez (?:notre|le) journalisme|faites un don|faire un don'],
  es: ['apoya (?:nuestro|el) periodismo|apóyanos|haz una donación|colabora con nosotros'],
  it: ['sostienici|sostieni (?:il nostro|il) giornalismo|fai una donazione'],
  pt: ['apoie (?:o nosso|nosso|o) jornalismo|apoie-nos|faça uma doação'],
  nl: ['steun ons|steun (?:onze|onafhankelijke) journalistiek|doneer (?:nu|hier)'],
  pl: ['wesprzyj nas|wesprzyj (?:naszą|niezależne) dziennikarstwo|wpłać darowiznę'],
  ru: ['поддержите (?:нас|редакцию|независимую журналистику)|пожертвовать'],
  zh: ['支持我们|支持我們|打赏|打賞|赞赏作者'],
  ja: ['寄付する|サポートする|応援する'],
  ar: ['ادعمنا|تبرع الآن|ادعم الصحافة'],
};

/** App promotions: "Download our app", "Get the latest news straight to your phone with the X
 * app", "Jetzt die App herunterladen", "Téléchargez notre application", "Descarga nuestra app". */
const APP_OPENINGS: PhraseTable = {
  en: [
    'download (?:the|our) (?:free )?[\\p{L} ]{0,30}apps?|get the latest news straight to your phone|for the latest (?:stories|news)[^.]{0,80} download',
  ],
  de: [
    '(?:jetzt )?(?:die|unsere) (?:kostenlose )?[\\p{L}-]{0,30}[ -]?app (?:herunterladen|laden)|laden sie (?:die|unsere) app',
  ],
  fr: ["téléchargez (?:notre |l['’])application|téléchargez l['’]appli"],
  es: ['descarga (?:nuestra|la) (?:app|aplicación)|descargue (?:nuestra|la) (?:app|aplicación)'],
  it: ['scarica (?:la nostra|la) (?:app|applicazione)'],
  pt: ['baixe (?:o nosso|nosso|o) app|descarregue a (?:nossa )?aplicação'],
  nl: ['download (?:onze|de) app'],
  pl: ['pobierz (?:naszą )?aplikację'],
  ru: ['скачайте (?:наше )?приложение|установите (?:наше )?приложение'],
  zh: ['下载(?:我们的)?(?:客户端|app|应用)|下載(?:我們的)?(?:客戶端|app|應用)'],
  ja: ['アプリをダウンロード|アプリで読む'],
  ar: ['حمّل تطبيق|حمل تطبيق|نزّل تطبيق'],
};

/** Affiliate and advertiser disclosures: "This post contains affiliate links", "We may receive
 * compensation when you click …", "Dieser Artikel enthält Affiliate-Links", "Cet article contient
 * des liens affiliés", "Este artículo contiene enlaces de afiliados". */
const AFFILIATE_OPENINGS: PhraseTable = {
  en: [
    'this (?:post|article|page|story) (?:contains|may contain|includes) (?:affiliate links|references to products)',
    'we (?:may )?(?:receive|earn) (?:a )?(?:compensation|commission)|we recommend the best products|\\*?bonus value is an estimated value',
  ],
  de: [
    '(?:dieser|der) (?:artikel|beitrag) enthält (?:affiliate|werbe)-?links|\\*?(?:affiliate|provisions)-?links?:|werbung/affiliate',
  ],
  fr: ['cet article contient des liens (?:affiliés|sponsorisés)'],
  es: ['este artículo contiene enlaces (?:de afiliados|afiliados)'],
  it: ['questo articolo contiene link (?:di affiliazione|affiliati)'],
  pt: ['este artigo contém links (?:de afiliados|afiliados)'],
  nl: ['dit artikel bevat affiliate ?links'],
  pl: ['ten artykuł zawiera linki afiliacyjne|artykuł zawiera linki partnerskie'],
  ru: ['статья содержит партнёрские ссылки|статья содержит партнерские ссылки'],
  zh: ['本文包含(?:联盟|推广)链接'],
  ja: ['この記事には(?:アフィリエイト|広告)'],
  ar: ['يحتوي هذا المقال على روابط'],
};

/** Opinion disclaimers: "The views expressed are the author's own", "Dieser Beitrag gibt die
 * Meinung des Autors wieder", "Les opinions exprimées …", "Las opiniones expresadas …". */
const DISCLAIMER_OPENINGS: PhraseTable = {
  en: [
    "the (?:views|opinions) expressed (?:in this [\\p{L}]+ )?are (?:those of the author|the author[’']s own|solely)",
  ],
  de: [
    '(?:dieser|der) (?:beitrag|artikel|text|gastbeitrag) gibt (?:ausschließlich )?die meinung (?:des|der) (?:autors|autorin|verfassers)',
  ],
  fr: ["les opinions exprimées (?:dans cet article )?(?:n['’]engagent|sont celles)"],
  es: ['las opiniones expresadas (?:en este artículo )?(?:son|corresponden)'],
  it: ['le opinioni espresse (?:in questo articolo )?sono'],
  pt: ['as opiniões expressas (?:neste artigo )?são'],
  nl: ['de (?:mening|standpunten) in dit artikel'],
  pl: ['opinie wyrażone w (?:tym )?artykule'],
  ru: ['мнение (?:автора|редакции) может не совпадать'],
  zh: ['本文(?:仅)?代表作者(?:个人)?观点'],
  ja: ['(?:記事|本稿)の内容は(?:筆者|著者)の'],
  ar: ['الآراء الواردة في (?:هذا )?المقال'],
};

/** A Creative Commons licence line: "Dieser Text steht unter CC BY-SA 4.0", "Licensed under CC
 * BY-NC-ND". The licence code is what prose never carries. */
const LICENCE_LINE =
  /^.{0,160}(?<![\p{L}\p{N}])CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:[ -]\d\.\d)?(?![\p{L}]).{0,120}$/u;

/** "More information at <address>": "Weitere Infos unter www.example.de.", "More information at
 * example.org", "Plus d'infos sur …". The line ends with the address. */
const MORE_INFO_LEADS: PhraseTable = {
  en: ['more info(?:rmation)? (?:at|on|from)'],
  de: [
    'weitere info(?:s|rmationen)? (?:unter|auf|bei)|mehr info(?:s|rmationen)? (?:unter|auf|bei)',
  ],
  fr: ["plus d['’]info(?:s|rmations)? (?:sur|à)"],
  es: ['más información (?:en|sobre)'],
  it: ['maggiori informazioni (?:su|a)|per saperne di più'],
  pt: ['mais informações (?:em|no|na)'],
  nl: ['meer info(?:rmatie)? (?:op|via)'],
  pl: ['więcej informacji (?:na|pod)'],
  ru: ['подробнее на'],
  zh: ['更多(?:信息|資訊)'],
  ja: ['詳しくは'],
  ar: ['لمزيد من المعلومات'],
};
const MORE_INFO = new RegExp(
  `^${alternation(MORE_INFO_LEADS)}\\s*:?\\s*(?:https?://)?[\\w.-]+\\.[a-z]{2,}(?:/\\S*)?[.!]?$`,
  'iu',
);

/** Rating prompts and download buttons: "Artikel bewerten", "Rate this article", "Als PDF
 * herunterladen", "Télécharger le PDF", "Descargar PDF", "Оцените статью", "评分". */
const WIDGET_LABELS: PhraseTable = {
  en: ['rate this (?:article|post|story)|download (?:as )?(?:a )?pdf|print (?:this )?page'],
  de: [
    '(?:den |diesen )?artikel bewerten|hier können sie den artikel bewerten|(?:diese[sn]? [\\p{L}]+ )?als pdf herunterladen|pdf herunterladen',
  ],
  fr: ['(?:évaluez|notez) cet article|télécharger (?:le |en )?pdf'],
  es: ['valora (?:este artículo|esta noticia)|descargar (?:en )?pdf'],
  it: ['vota questo articolo|scarica (?:il )?pdf'],
  pt: ['avalie (?:este artigo|esta notícia)|baixar (?:em )?pdf'],
  nl: ['beoordeel dit artikel|download (?:als )?pdf'],
  pl: ['oceń (?:ten )?artykuł|pobierz (?:jako )?pdf'],
  ru: ['оцените (?:статью|материал)|скачать pdf'],
  zh: ['评分|評分|下载pdf|下載pdf'],
  ja: ['この記事を評価する|pdfをダウンロード'],
  ar: ['قيم هذا المقال|تحميل pdf'],
};

/** The table's patterns, in the order they are tried. */
export const APPEAL_PATTERNS: readonly LinePattern[] = [
  { rule: 'paywall-prompt', pattern: openingLine(DONATION_OPENINGS, 300) },
  { rule: 'signup-prompt', pattern: openingLine(APP_OPENINGS, 160) },
  { rule: 'ad-slot', pattern: openingLine(AFFILIATE_OPENINGS, 300) },
  { rule: 'legal-notice', pattern: openingLine(DISCLAIMER_OPENINGS, 200) },
  { rule: 'copyright-line', pattern: LICENCE_LINE },
  { rule: 'read-more-promo', pattern: MORE_INFO },
  { rule: 'form', pattern: labelLine(WIDGET_LABELS) },
];
