import { describe, expect, it } from 'vitest';
import type { RuleId } from './rules.ts';
import { classifyBoilerplateLine } from './text-rules.ts';

/** Per language: the site speaking about itself, with the rule that removes it, and prose about
 * the same things (null: kept). */
const FIXTURES: Readonly<Record<string, readonly (readonly [string, RuleId | null])[]>> = {
  en: [
    ['Support independent journalism: donate today.', 'paywall-prompt'],
    ['Get the latest news straight to your phone with the Example News app.', 'signup-prompt'],
    ['This post contains affiliate links; we may earn a commission.', 'ad-slot'],
    ["The views expressed in this column are the author's own.", 'legal-notice'],
    ['Content on this site is licensed under CC BY-SA 4.0 unless noted.', 'copyright-line'],
    ['More information at example.org', 'read-more-promo'],
    ['Rate this article', 'form'],
    ['The mayor arrives at City Hall. (REUTERS/Jane Roe)', 'photo-caption'],
    ['Support for the measure grew after the flood, polls show, especially in rural areas.', null],
  ],
  de: [
    ['Jede kleine Spende hilft uns, unabhängig zu bleiben.', 'paywall-prompt'],
    ['Jetzt die kostenlose App herunterladen', 'signup-prompt'],
    ['Dieser Artikel enthält Affiliate-Links.', 'ad-slot'],
    ['Dieser Beitrag gibt die Meinung des Autors wieder.', 'legal-notice'],
    ['Weitere Infos unter www.example.de.', 'read-more-promo'],
    ['Als PDF herunterladen', 'form'],
    ['Die Delegation vor dem Rathaus. Foto: dpa', 'photo-caption'],
    ['Jede Spende zählt, sagte die Vorsitzende des Vereins bei der Übergabe am Montag.', null],
  ],
  fr: [
    ['Soutenez-nous : faites un don.', 'paywall-prompt'],
    ['Cet article contient des liens affiliés.', 'ad-slot'],
    ['Téléchargez notre application', 'signup-prompt'],
  ],
  es: [
    ['Apoya nuestro periodismo independiente', 'paywall-prompt'],
    ['Este artículo contiene enlaces de afiliados.', 'ad-slot'],
    ['Protesta frente al Palacio de Justicia. Imagen: Télam', 'photo-caption'],
  ],
  it: [
    ['Sostienici con una donazione', 'paywall-prompt'],
    ['Scarica la nostra app', 'signup-prompt'],
  ],
  pt: [
    ['Apoie o jornalismo independente', 'paywall-prompt'],
    ['Baixe o nosso app', 'signup-prompt'],
  ],
  nl: [
    ['Steun onze journalistiek', 'paywall-prompt'],
    ['Download onze app', 'signup-prompt'],
  ],
  pl: [
    ['Wesprzyj nas darowizną', 'paywall-prompt'],
    ['Pobierz naszą aplikację', 'signup-prompt'],
  ],
  ru: [
    ['Поддержите редакцию', 'paywall-prompt'],
    ['Скачайте наше приложение', 'signup-prompt'],
  ],
  zh: [
    ['支持我们的新闻工作', 'paywall-prompt'],
    ['本文仅代表作者个人观点', 'legal-notice'],
  ],
  ja: [
    ['アプリをダウンロード', 'signup-prompt'],
    ['この記事を評価する', 'form'],
  ],
  ar: [
    ['ادعمنا', 'paywall-prompt'],
    ['الآراء الواردة في هذا المقال تعبر عن رأي كاتبها', 'legal-notice'],
  ],
};

describe.each(Object.entries(FIXTURES))('classifyBoilerplateLine: %s', (_language, cases) => {
  it.each(cases)('%j -> %s', (line, rule) => {
    expect(classifyBoilerplateLine(line)).toBe(rule);
  });
});
