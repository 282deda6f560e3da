/**
 * The multilingual table of calls to action a site prints around an article: share and follow
 * prompts, newsletter sign-ups and subscription paywalls. Each phrase is how sites in that
 * language word the prompt; a prompt is short, so the openings allow only a short rest of line,
 * and prose that merely uses the same words ("Die Aktie teilen sich …") is never a whole match.
 */
import { labelLine, type LinePattern, openingLine, type PhraseTable } from './phrase-table.ts';

/** Share labels standing alone: "Teilen", "Artikel teilen", "Partager sur Facebook",
 * "Compartir", "Condividi", "Udostępnij", "Поделиться", "分享到微信", "シェアする", "شارك". */
const SHARE_LABELS: PhraseTable = {
  en: [
    'share (?:this|the) (?:article|story|page|post)|share via (?:e-?mail|whatsapp)|print(?: this)?(?: article)?|e-?mail this',
  ],
  de: [
    'teilen|(?:artikel|beitrag|seite) teilen|(?:diesen|den) (?:artikel|beitrag) teilen|teilen sie (?:diesen|den) (?:artikel|beitrag)|auf [\\p{L}]{1,12} teilen|drucken|artikel drucken|per e-?mail (?:teilen|versenden)',
  ],
  fr: [
    "partager|partager (?:cet|l['’])article|partager sur [\\p{L}]{1,12}|imprimer|envoyer par (?:e-?mail|courriel)",
  ],
  es: [
    'compartir|compartir (?:este artículo|en [\\p{L}]{1,12})|comparte (?:este artículo|esta noticia)|imprimir',
  ],
  it: ["condividi|condividi (?:l['’]articolo|su [\\p{L}]{1,12})|stampa"],
  pt: ['compartilhe|compartilhar|partilhar|partilhe|compartilhar no [\\p{L}]{1,12}|imprimir'],
  nl: ['delen|deel (?:dit artikel|via [\\p{L}]{1,12})|artikel delen|printen'],
  pl: ['udostępnij|podziel się|udostępnij (?:artykuł|na [\\p{L}]{1,12})|drukuj'],
  ru: ['поделиться|поделиться в [\\p{L}]{1,12}|распечатать|версия для печати'],
  zh: ['分享|分享到[\\p{L}]{1,6}|分享至[\\p{L}]{1,6}|转发|轉發|打印|列印'],
  ja: ['シェア(?:する)?|共有(?:する)?|ツイート|はてなブックマーク|印刷'],
  ar: ['مشاركة|شارك|شارك المقال|شارك على [\\p{L}]{1,12}|طباعة'],
};

/** Openings of follow prompts, followed by the networks: "Folgen Sie uns auf Facebook und X",
 * "Síguenos en Telegram, Instagram …", "Seguici su …", "Подписывайтесь на нас в …". */
const FOLLOW_OPENINGS: PhraseTable = {
  en: [
    'follow us on|follow [\\p{L}. ]{1,30} on (?:facebook|twitter|x|instagram)|like us on facebook',
  ],
  de: ['folgen sie uns|folge uns|folgt uns'],
  fr: ['suivez-nous|retrouvez-nous sur|rejoignez-nous sur'],
  es: ['s[íi]guenos en|síguenos|s[íi]gannos en'],
  it: ['seguici su|seguiteci su'],
  pt: ['siga-nos|sigam-nos|acompanhe-nos'],
  nl: ['volg ons'],
  pl: ['obserwuj nas|śledź nas|dołącz do nas na'],
  ru: ['подписывайтесь на нас|подписывайтесь на наш|следите за нами'],
  zh: ['关注我们|關注我們|扫码关注|掃碼關注'],
  ja: ['フォローする|フォローしてね|公式アカウントをフォロー'],
  ar: ['تابعونا على|تابعنا على|تابعوا'],
};

/** Openings of newsletter sign-ups: "Zum Newsletter anmelden", "Abonnieren Sie unseren
 * Newsletter", "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín", "Iscriviti
 * alla newsletter", "Zapisz się do newslettera", "Подпишитесь на рассылку", "订阅我们的新闻". */
const NEWSLETTER_OPENINGS: PhraseTable = {
  en: [
    '(?:receive|get) our (?:weekly |daily |monthly )?newsletter|never miss (?:a|the latest)|stay (?:up to date|informed)',
  ],
  de: [
    '(?:jetzt )?(?:zum|für den|für unseren) newsletter anmelden|(?:jetzt )?newsletter abonnieren',
    'abonnieren sie (?:unseren|den)|melden sie sich (?:jetzt )?(?:für|zu) (?:unseren|unserem|den|dem) newsletter',
    'bleiben sie (?:auf dem laufenden|informiert)|(?:jetzt )?anmelden und|ihre e-?mail-adresse',
  ],
  fr: [
    'inscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)|abonnez-vous (?:à|a) (?:notre|la) newsletter|recevez (?:notre|nos) newsletter|votre adresse e-?mail',
  ],
  es: [
    'suscr[íi]bete (?:a|al) (?:nuestro|nuestra|la|el) (?:newsletter|boletín)|recibe (?:nuestro|nuestra|el) (?:newsletter|boletín)|tu correo electrónico',
  ],
  it: ['iscriviti alla (?:nostra )?newsletter|ricevi la (?:nostra )?newsletter|la tua e-?mail'],
  pt: [
    'assine (?:a nossa|nossa) newsletter|inscreva-se na (?:nossa )?newsletter|receba (?:a nossa|nossa) newsletter|seu e-?mail',
  ],
  nl: [
    'schrijf (?:je|u) in voor (?:onze|de) nieuwsbrief|meld (?:je|u) aan voor (?:onze|de) nieuwsbrief|ontvang (?:onze|de) nieuwsbrief',
  ],
  pl: ['zapisz się (?:do|na) newsletter\\p{L}*|zamów newsletter|subskrybuj (?:nasz )?newsletter'],
  ru: [
    'подпишитесь на (?:нашу )?рассылку|подпишитесь на (?:наш )?(?:канал|телеграм)|подписаться на рассылку',
  ],
  zh: ['订阅我们的|訂閱我們的|订阅新闻|訂閱電子報|订阅电子报'],
  ja: ['ニュースレターに登録|メルマガ登録|メールマガジン'],
  ar: ['اشترك في (?:النشرة|نشرتنا)|اشترك في القائمة البريدية|سجل في النشرة'],
};

/** Openings of subscription paywalls and their log-in lines: "Weiterlesen mit Abo", "Dieser
 * Artikel ist nur für Abonnenten", "Article réservé aux abonnés", "Contenido exclusivo para
 * suscriptores", "Já é assinante?", "Материал доступен только подписчикам", "この記事は有料会員限定". */
const PAYWALL_OPENINGS: PhraseTable = {
  en: [
    'to (?:view|read|continue reading) (?:the full|this) (?:story|article),? (?:please )?(?:subscribe|log ?in|sign in)',
    'subscribe (?:now|today)|already a (?:subscriber|member)\\?|this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)',
    "subscribe to (?:continue|keep) reading|become a (?:subscriber|member)|if you[’']re (?:seeing this message but you[’']re )?already a subscriber",
  ],
  de: [
    'weiterlesen mit (?:abo|\\p{L}+\\+)|jetzt (?:abonnieren|abo abschließen|weiterlesen)|(?:sie haben|du hast) bereits ein abo',
    '(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent:innen)',
    'exklusiv für abonnenten|nur für abonnenten|(?:sie sind|du bist) bereits abonnent|zum abo',
  ],
  fr: [
    "(?:cet )?article réservé aux abonnés|déjà abonné|abonnez-vous pour (?:lire|continuer)|il vous reste \\d+% de l['’]article",
  ],
  es: [
    'contenido (?:exclusivo )?para suscriptores|¿?ya eres suscriptor|suscr[íi]bete para (?:seguir leyendo|continuar)|hazte suscriptor',
  ],
  it: [
    'articolo riservato agli abbonati|contenuto riservato agli abbonati|sei già abbonato|abbonati per (?:continuare|leggere)',
  ],
  pt: [
    'conteúdo exclusivo para assinantes|já é assinante|assine para (?:continuar|ler)|torne-se assinante',
  ],
  nl: [
    'dit artikel is (?:alleen|exclusief) (?:voor|beschikbaar voor) abonnees|word abonnee|al abonnee\\?|ben je al abonnee',
  ],
  pl: [
    'artykuł (?:dostępny )?(?:tylko )?dla (?:subskrybentów|prenumeratorów)|wykup (?:subskrypcję|dostęp)|masz już subskrypcję',
  ],
  ru: [
    '(?:материал|статья) доступ(?:ен|на) только (?:для )?подписчик\\p{L}*|оформите подписку|уже есть подписка',
  ],
  zh: ['订阅后(?:阅读|可读)|訂閱後(?:閱讀|可讀)|会员专享|會員專享|付费内容|付費內容'],
  ja: ['この記事は有料会員限定|有料会員(?:になる|登録)|続きは有料会員'],
  ar: ['للمشتركين فقط|هذا المحتوى (?:متاح )?للمشتركين|اشترك الآن|مشترك بالفعل'],
};

/** Advertising labels: "Anzeige", "- Werbung -", "Publicité", "Publicidad", "Pubblicità",
 * "Advertentie", "Reklama", "Реклама", "广告", "広告", "إعلان". */
const AD_LABELS: PhraseTable = {
  en: ['advert|ad|promoted|paid (?:content|post)|partner content'],
  de: ['anzeige|werbung|gesponsert|sponsored'],
  fr: ['publicité|contenu sponsorisé|sponsorisé'],
  es: ['publicidad|anuncio|contenido patrocinado|patrocinado'],
  it: ['pubblicità|contenuto sponsorizzato|sponsorizzato'],
  pt: ['publicidade|anúncio|conteúdo patrocinado|patrocinado'],
  nl: ['advertentie|gesponsord'],
  pl: ['reklama|materiał sponsorowany|artykuł sponsorowany'],
  ru: ['реклама|на правах рекламы'],
  zh: ['广告|廣告|推广|推廣'],
  ja: ['広告|PR|スポンサーリンク'],
  ar: ['إعلان|اعلان|محتوى مدفوع'],
};

/** The table's patterns, in the order they are tried. */
export const PROMPT_PATTERNS: readonly LinePattern[] = [
  { rule: 'ad-slot', pattern: labelLine(AD_LABELS) },
  { rule: 'share-widget', pattern: labelLine(SHARE_LABELS) },
  { rule: 'share-widget', pattern: openingLine(FOLLOW_OPENINGS, 120) },
  { rule: 'paywall-prompt', pattern: openingLine(PAYWALL_OPENINGS, 200) },
  { rule: 'signup-prompt', pattern: openingLine(NEWSLETTER_OPENINGS, 160) },
];
