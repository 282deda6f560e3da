/**
 * The multilingual table of the site's own furniture around an article: cookie and consent
 * banners, comment prompts and counts, and the imprint, privacy and copyright lines of the footer.
 * Each phrase is how sites in that language word it; a banner opens with the site speaking about
 * itself ("Diese Website verwendet Cookies"), which reporting about cookies never does as a whole
 * short paragraph.
 */
import { labelLine, type LinePattern, openingLine, type PhraseTable } from './phrase-table.ts';

/** Cookie banners, by their opening: "Wir verwenden Cookies, um …", "Ce site utilise des
 * cookies", "Utilizamos cookies propias", "Questo sito utilizza cookie", "Ta strona używa
 * plików cookie", "Этот сайт использует файлы cookie", "本网站使用Cookie", "يستخدم هذا الموقع ملفات تعريف الارتباط". */
const COOKIE_OPENINGS: PhraseTable = {
  en: [
    '(?:this|our) (?:web)?site uses cookies|we use cookies(?=\\s+(?:and|to|on|for)\\s|\\s*[.,]|$)|by (?:continuing to use|using) (?:this|our) (?:web)?site,? you (?:agree|accept|consent)',
  ],
  de: [
    '(?:diese|unsere) (?:web)?(?:seite|site) (?:verwendet|nutzt|benutzt) cookies|wir (?:verwenden|nutzen|setzen) cookies',
    'wir respektieren (?:deine|ihre) privatsphäre|(?:mit der|durch die) (?:weiteren )?nutzung (?:dieser|unserer) (?:website|webseite|seite)',
  ],
  fr: [
    'ce site (?:web )?utilise des cookies|nous utilisons des cookies|en poursuivant votre navigation',
  ],
  es: [
    '(?:este|nuestro) sitio web (?:utiliza|usa) cookies|esta (?:web|página) (?:utiliza|usa) cookies|utilizamos cookies|usamos cookies|al continuar navegando',
  ],
  it: [
    'questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|utilizziamo (?:i )?cookie|usiamo (?:i )?cookie|proseguendo la navigazione',
  ],
  pt: [
    '(?:este|esse) (?:site|website) (?:utiliza|usa) cookies|utilizamos cookies|usamos cookies|ao continuar (?:a )?navega(?:r|ndo)',
  ],
  nl: ['deze (?:web)?site (?:maakt gebruik van|gebruikt) cookies|(?:wij|we) gebruiken cookies'],
  pl: [
    '(?:ta|nasza) strona (?:internetowa )?(?:używa|wykorzystuje) (?:plików )?cookie|(?:używamy|wykorzystujemy) (?:plików )?cookie',
  ],
  ru: [
    '(?:этот|наш) сайт использует (?:файлы )?cookie|мы используем (?:файлы )?cookie|продолжая (?:использовать|пользоваться) (?:сайтом|сайт)',
  ],
  zh: [
    '本网站使用(?:cookies?|小型文本文件)|本網站使用(?:cookies?|小型文字檔)|我们使用cookies?|我們使用cookies?',
  ],
  ja: [
    '当サイトでは(?:cookie|クッキー)|このサイトは(?:cookie|クッキー)|当サイトは(?:cookie|クッキー)',
  ],
  ar: ['يستخدم هذا الموقع (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز)|نستخدم ملفات تعريف الارتباط'],
};

/** Consent buttons and settings links: "Alle akzeptieren", "Cookie-Einstellungen", "Tout
 * accepter", "Aceptar todas", "Accetta tutti", "Принять все", "接受全部", "すべて同意する". */
const CONSENT_LABELS: PhraseTable = {
  en: [
    'accept(?: all)?(?: cookies)?|reject all|cookie (?:settings|policy|preferences)|manage (?:cookies|consent)|privacy settings',
  ],
  de: [
    '(?:alle )?akzeptieren|alle ablehnen|cookie-(?:einstellungen|richtlinie|hinweis)|datenschutz-?einstellungen|einwilligung verwalten',
  ],
  fr: [
    'tout accepter|tout refuser|accepter(?: et fermer)?|paramètres des cookies|gérer (?:les cookies|mes choix)|politique (?:de )?cookies',
  ],
  es: ['aceptar(?: todas?| cookies)?|rechazar todas?|configuración de cookies|política de cookies'],
  it: [
    'accetta(?: tutti)?|rifiuta tutti|impostazioni (?:dei )?cookie|cookie policy|gestisci (?:i )?cookie',
  ],
  pt: ['aceitar(?: todos| cookies)?|rejeitar todos|configurações de cookies|política de cookies'],
  nl: ['(?:alles )?accepteren|alles weigeren|cookie-?instellingen|cookiebeleid'],
  pl: [
    'akceptuj(?: wszystkie)?|odrzuć wszystkie|ustawienia (?:plików )?cookie|polityka (?:plików )?cookie',
  ],
  ru: ['принять(?: все)?|отклонить все|настройки cookie|политика (?:использования )?cookie'],
  zh: ['接受全部|全部接受|接受所有|拒绝全部|cookie设置|cookie政策'],
  ja: ['すべて(?:受け入れる|同意する|許可)|同意する|クッキー設定|cookie設定'],
  ar: ['قبول الكل|موافق|رفض الكل|إعدادات (?:ملفات )?تعريف الارتباط|سياسة ملفات تعريف الارتباط'],
};

/** Comment headings, counts and prompts: "Kommentare (12)", "Kommentieren", "Schreiben Sie einen
 * Kommentar", "Laisser un commentaire", "Deja un comentario", "Komentarze", "Комментарии",
 * "发表评论", "コメントを書く", "أضف تعليقا". */
const COMMENT_LABELS: PhraseTable = {
  en: [
    'comments?|leave a (?:comment|reply)|add a comment|post a comment|join the (?:conversation|discussion)|show comments',
  ],
  de: [
    'kommentare?|kommentieren|kommentar (?:schreiben|verfassen|abgeben)|schreiben sie einen kommentar|diskutieren sie mit',
    'leserkommentare|kommentare (?:anzeigen|lesen|insgesamt)|antworten|(?:eine )?antwort hinterlassen|mitdiskutieren',
  ],
  fr: ['commentaires?|laisser un commentaire|réagir|réagissez|ajouter un commentaire|répondre'],
  es: ['comentarios?|deja (?:un|tu) comentario|dejar un comentario|comentar|responder'],
  it: ['commenti|commenta|lascia un commento|aggiungi un commento|rispondi'],
  pt: ['comentários?|deixe (?:um|seu) comentário|comentar|responder'],
  nl: ['reacties?|reageer|laat een reactie achter|plaats een reactie'],
  pl: ['komentarze?|skomentuj|dodaj komentarz|odpowiedz'],
  ru: ['комментари(?:и|й|ев)|оставить комментарий|комментировать|ответить'],
  zh: ['评论|評論|发表评论|發表評論|网友评论|網友評論|留言'],
  ja: ['コメント|コメントを(?:書く|する|見る)|コメント一覧'],
  ar: ['التعليقات|تعليقات|أضف تعليقا|أضف تعليقاً|اترك تعليقا|اترك تعليقاً'],
};

/** Openings of the line a comment form shows a visitor who is not logged in: "Sie müssen sich
 * einloggen, um …", "Vous devez être connecté pour …", "Debes iniciar sesión para …". */
const COMMENT_LOGIN_OPENINGS: PhraseTable = {
  en: [
    'you are not logged in|you must be (?:logged in|signed in) to|log in to (?:comment|post)|your email address will not be published',
  ],
  de: [
    'sie müssen (?:sich )?(?:eingeloggt|angemeldet) sein|sie müssen sich (?:einloggen|anmelden),? um|(?:ihre|deine) e-?mail-adresse wird nicht veröffentlicht',
    'sie sind (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)',
  ],
  fr: [
    'vous devez (?:être connecté|vous connecter) pour|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée',
  ],
  es: [
    '(?:debes|debe|tienes que) (?:iniciar sesión|estar registrado) para|tu dirección de correo electrónico no será publicada',
  ],
  it: [
    'devi (?:essere (?:loggato|connesso)|effettuare il login) per|il tuo indirizzo email non sarà pubblicato',
  ],
  pt: [
    'você (?:precisa|deve) (?:estar logado|fazer login) para|o seu endereço de e-?mail não será publicado',
  ],
  nl: ['je moet (?:ingelogd zijn|inloggen) om|je e-?mailadres wordt niet gepubliceerd'],
  pl: [
    'musisz (?:być zalogowany|się zalogować),? (?:aby|by)|twój adres e-?mail nie zostanie opublikowany',
  ],
  ru: [
    '(?:вы должны|необходимо) (?:авторизоваться|войти),? чтобы|ваш (?:адрес )?e-?mail не будет опубликован',
  ],
  zh: ['(?:请|請)?(?:登录|登入)后(?:评论|發表|发表)|您的电子邮箱地址不会被公开'],
  ja: ['コメントするには(?:ログイン|会員登録)|メールアドレスが公開されることはありません'],
  ar: ['يجب (?:عليك )?تسجيل الدخول (?:لكي|ل)|لن يتم نشر عنوان بريدك الإلكتروني'],
};

/** Imprint, privacy and terms links standing as a line: "Impressum", "Datenschutzerklärung",
 * "Mentions légales", "Aviso legal", "Note legali", "Colofon", "Polityka prywatności",
 * "Политика конфиденциальности", "隐私政策", "利用規約", "سياسة الخصوصية". */
const LEGAL_LABELS: PhraseTable = {
  en: [
    'imprint|legal notice|privacy(?: policy| notice)?|terms (?:of (?:use|service)|and conditions)|contact(?: us)?|about us|sitemap',
  ],
  de: [
    'impressum|datenschutz(?:erklärung|hinweise)?|agb|nutzungsbedingungen|kontakt|barrierefreiheit|über uns|mediadaten',
  ],
  fr: [
    "mentions légales|politique de confidentialité|conditions générales(?: d['’]utilisation)?|cgu|contact(?:ez-nous)?|plan du site|qui sommes-nous",
  ],
  es: [
    'aviso legal|política de privacidad|términos y condiciones|condiciones de uso|contacto|quiénes somos|mapa del sitio',
  ],
  it: [
    'note legali|informativa (?:sulla )?privacy|privacy policy|termini e condizioni|contatti|chi siamo|mappa del sito',
  ],
  pt: [
    'aviso legal|política de privacidade|termos de uso|termos e condições|contato|contacto|quem somos|expediente',
  ],
  nl: ['colofon|privacybeleid|privacyverklaring|algemene voorwaarden|disclaimer|contact|over ons'],
  pl: ['polityka prywatności|regulamin|kontakt|o nas|redakcja|mapa strony'],
  ru: ['политика конфиденциальности|пользовательское соглашение|контакты|о нас|редакция'],
  zh: ['隐私政策|隱私政策|使用条款|使用條款|联系我们|聯繫我們|关于我们|關於我們|免责声明|免責聲明'],
  ja: ['プライバシーポリシー|利用規約|お問い合わせ|会社概要|サイトマップ|免責事項'],
  ar: ['سياسة الخصوصية|شروط الاستخدام|اتصل بنا|من نحن|إخلاء المسؤولية'],
};

/** A footer line of several legal links: "Impressum | Datenschutz | Kontakt", "Mentions légales ·
 * Contact". Each part must itself be a legal label. */
function legalLinksLine(): RegExp {
  const one = labelLine(LEGAL_LABELS).source.replace(/^\^|\$$/g, '');
  return new RegExp(`^(?:${one})(?:\\s*[|·•/]\\s*(?:${one}))+$`, 'iu');
}

/** "All rights reserved" ending a short notice, in every language: "Alle Rechte vorbehalten",
 * "Tous droits réservés", "Todos los derechos reservados", "Все права защищены", "版权所有". */
const RIGHTS_RESERVED: PhraseTable = {
  en: ['all rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés'],
  es: ['todos los derechos reservados'],
  it: ['tutti i diritti riservati'],
  pt: ['todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  ru: ['все права защищены'],
  zh: ['版权所有|版權所有|保留所有权利'],
  ja: ['無断転載(?:を)?禁(?:じます|止)'],
  ar: ['جميع الحقوق محفوظة'],
};

/** The table's patterns, in the order they are tried. */
export const SITE_PATTERNS: readonly LinePattern[] = [
  { rule: 'cookie-notice', pattern: openingLine(COOKIE_OPENINGS, 400) },
  { rule: 'cookie-notice', pattern: labelLine(CONSENT_LABELS) },
  { rule: 'comments', pattern: labelLine(COMMENT_LABELS) },
  { rule: 'comments', pattern: openingLine(COMMENT_LOGIN_OPENINGS, 200) },
  { rule: 'legal-notice', pattern: labelLine(LEGAL_LABELS) },
  { rule: 'legal-notice', pattern: legalLinksLine() },
  {
    rule: 'copyright-line',
    pattern: new RegExp(`^.{0,200}?${labelLine(RIGHTS_RESERVED).source.replace(/^\^/, '')}`, 'iu'),
  },
];
