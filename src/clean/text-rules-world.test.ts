import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './plain-text.ts';
import type { RuleId } from './rules.ts';
import { classifyBoilerplateLine } from './text-rules.ts';

/** Per language: lines of site furniture with the rule that removes them, and prose using the
 * same words (null: kept). */
const FIXTURES: Readonly<Record<string, readonly (readonly [string, RuleId | null])[]>> = {
  ru: [
    ['Этот сайт использует файлы cookie.', 'cookie-notice'],
    ['Поделиться', 'share-widget'],
    ['Подписывайтесь на нас в Telegram', 'share-widget'],
    ['Подпишитесь на нашу рассылку', 'signup-prompt'],
    ['Материал доступен только подписчикам', 'paywall-prompt'],
    ['Читайте также', 'related-links'],
    ['Читайте также: Правительство утвердило бюджет', 'read-more-promo'],
    ['Комментарии', 'comments'],
    ['Политика конфиденциальности', 'legal-notice'],
    ['Все права защищены', 'copyright-line'],
    ['Автор: Иван Петров', 'byline'],
    ['Опубликовано: 12.03.2024', 'byline'],
    ['Фото: ТАСС', 'photo-caption'],
    ['Об авторе', 'author-box'],
    ['Читать далее', 'button'],
    ['3 марта 2024', 'byline'],
    ['Реклама', 'ad-slot'],
    ['Метки: бюджет, налоги', 'navigation'],
    ['Комментарии экспертов по этому поводу разошлись, отмечает издание.', null],
  ],
  zh: [
    ['本网站使用cookies以提升您的浏览体验。', 'cookie-notice'],
    ['分享到微信', 'share-widget'],
    ['关注我们的微信公众号', 'share-widget'],
    ['订阅我们的新闻通讯', 'signup-prompt'],
    ['会员专享内容', 'paywall-prompt'],
    ['相关阅读', 'related-links'],
    ['相关阅读：政府公布新预算', 'read-more-promo'],
    ['发表评论', 'comments'],
    ['隐私政策', 'legal-notice'],
    ['版权所有', 'copyright-line'],
    ['作者：李明', 'byline'],
    ['发布时间：2024-03-12 10:15', 'byline'],
    ['图片来源：新华社', 'photo-caption'],
    ['关于作者', 'author-box'],
    ['阅读全文', 'button'],
    ['广告', 'ad-slot'],
    ['标签：预算', 'navigation'],
    ['阅读量：12000', 'byline'],
    ['网友评论普遍认为，这项政策将对中小企业产生深远影响。', null],
    ['时间过得真快，2024年已经过去一半，政府的改革计划仍在推进。', null],
    ['日期：2024-03-12', 'byline'],
  ],
  ja: [
    ['当サイトではクッキーを使用しています。', 'cookie-notice'],
    ['シェアする', 'share-widget'],
    ['メルマガ登録はこちら', 'signup-prompt'],
    ['この記事は有料会員限定です。', 'paywall-prompt'],
    ['関連記事', 'related-links'],
    ['関連記事：政府が新予算を発表', 'read-more-promo'],
    ['コメント', 'comments'],
    ['利用規約', 'legal-notice'],
    ['記者：山田太郎', 'byline'],
    ['公開日：2024年3月12日', 'byline'],
    ['写真：共同通信', 'photo-caption'],
    ['著者について', 'author-box'],
    ['続きを読む', 'button'],
    ['タグ：予算', 'navigation'],
    ['広告', 'ad-slot'],
    ['関連記事によると、政府は来年度の予算案を大幅に見直す方針だという。', null],
  ],
  ar: [
    ['يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.', 'cookie-notice'],
    ['شارك', 'share-widget'],
    ['تابعونا على فيسبوك وتويتر', 'share-widget'],
    ['اشترك في النشرة الإخبارية', 'signup-prompt'],
    ['للمشتركين فقط', 'paywall-prompt'],
    ['اقرأ أيضا', 'related-links'],
    ['اقرأ أيضا: الحكومة تعلن الميزانية الجديدة', 'read-more-promo'],
    ['التعليقات', 'comments'],
    ['سياسة الخصوصية', 'legal-notice'],
    ['جميع الحقوق محفوظة', 'copyright-line'],
    ['بقلم: أحمد علي', 'byline'],
    ['تاريخ النشر: 12 مارس 2024', 'byline'],
    ['الصورة: رويترز', 'photo-caption'],
    ['عن الكاتب', 'author-box'],
    ['اقرأ المزيد', 'button'],
    ['إعلان', 'ad-slot'],
    ['الوسوم: الميزانية', 'navigation'],
    ['3 مارس 2024', 'byline'],
    ['التعليقات التي نشرها المسؤولون أثارت جدلا واسعا بين المواطنين في العاصمة.', null],
  ],
};

describe.each(Object.entries(FIXTURES))('classifyBoilerplateLine: %s', (_language, cases) => {
  it.each(cases)('%j -> %s', (line, rule) => {
    expect(classifyBoilerplateLine(line)).toBe(rule);
  });
});

describe('right-to-left text', () => {
  it('keeps Arabic prose exactly in its order and removes only whole furniture lines', () => {
    const prose = [
      'قال وزير المالية إن الميزانية الجديدة تركز على التعليم والصحة.',
      'وأضاف أن الحكومة ستنشر التفاصيل الكاملة الأسبوع المقبل.',
    ];
    const text = ['بقلم: أحمد علي', prose[0], '', 'اقرأ أيضا', '', prose[1], 'شارك'].join('\n');
    const result = cleanPlainText(text);
    const body = result.blocks.map((b) => (b.kind === 'paragraph' ? b.inlines : []));
    expect(body.map((inlines) => inlines.map((i) => i.text).join(''))).toEqual(prose);
    expect(result.removed.map((r) => r.rule)).toEqual(['byline', 'related-links', 'share-widget']);
  });
});
