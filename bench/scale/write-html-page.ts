/**
 * A copy as a whole news web page: document head with title, canonical link, OpenGraph and
 * article metadata and JSON-LD; a cookie banner, site header and navigation; the article with its
 * headline, byline, time, a captioned figure and its paragraphs; a newsletter box, related links,
 * comments prompt and footer; scripts. Only the article's paragraphs are the outlet's text.
 */
import type { CopyDocument } from './copy-text.ts';
import { encodeText, escapeHtml, paragraphHtml } from './html-text.ts';
import type { Prng } from './prng.ts';

const SECTIONS = [
  'News',
  'Politics',
  'Local',
  'Business',
  'Opinion',
  'Sports',
  'Weather',
  'Obituaries',
];

function nav(base: string): string {
  const items = SECTIONS.map((s) => `<li><a href="${base}/${s.toLowerCase()}/">${s}</a></li>`).join(
    '',
  );
  return `<nav class="site-nav" aria-label="Sections"><ul>${items}</ul></nav>`;
}

function related(doc: CopyDocument, rng: Prng, base: string): string {
  const items = Array.from({ length: rng.int(3, 6) }, (_, n) => {
    const words =
      doc.paragraphs[n % doc.paragraphs.length]?.split(' ').slice(0, rng.int(5, 9)).join(' ') ??
      'More news';
    return `<li><a href="${base}/news/${rng.int(1000, 99999)}/">${escapeHtml(words)}</a></li>`;
  }).join('');
  return `<aside class="related-posts"><h2>Related stories</h2><ul>${items}</ul></aside>`;
}

/** The HTML page of `doc`; `rng` chooses its page furniture. */
export function writeHtmlPage(doc: CopyDocument, rng: Prng): string {
  const base = `https://www.${doc.outlet.domain}`;
  const title = escapeHtml(doc.title);
  const site = escapeHtml(doc.outlet.name);
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: doc.title,
    datePublished: doc.plan.published,
    author: { '@type': 'Person', name: doc.byline },
    publisher: { '@type': 'Organization', name: doc.outlet.name },
  }).replace(/</g, '\\u003c');
  const body = doc.paragraphs.map((p) => paragraphHtml(p, rng, false, `${base}/news/`)).join('\n');
  const figure = rng.chance(0.5)
    ? `<figure class="wp-caption"><img src="${base}/img/${rng.int(1, 99999)}.jpg" alt="${escapeHtml(doc.title.split(' ').slice(0, 5).join(' '))}"><figcaption>${escapeHtml(doc.title.split(' ').slice(0, 6).join(' '))} <span class="credit">Photo: ${escapeHtml(doc.byline)}</span></figcaption></figure>`
    : '';
  const notice =
    doc.credit === null
      ? ''
      : `<p class="syndication">This article originally appeared on ${escapeHtml(doc.credit)} and is republished with permission.</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | ${site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${escapeHtml(doc.url)}">
<meta property="og:site_name" content="${site}">
<meta property="og:title" content="${title}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${doc.plan.published}">
<meta name="author" content="${escapeHtml(doc.byline)}">
<script type="application/ld+json">${ld}</script>
<link rel="stylesheet" href="${base}/assets/site.css">
<script async src="https://ads.example/tag.js"></script>
</head>
<body class="single-post">
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. <button>Accept</button> <a href="${base}/privacy/">Privacy policy</a></p></div>
<header class="site-header"><a class="logo" href="${base}/">${site}</a>${nav(base)}<form class="search" action="${base}/search"><input name="q" placeholder="Search"></form></header>
<main id="content">
<article class="post">
<header class="entry-header"><h1 class="entry-title">${title}</h1>
<p class="byline">By <a rel="author" href="${base}/author/${rng.int(1, 99)}/">${escapeHtml(doc.byline)}</a> · <time datetime="${doc.plan.published}">${doc.plan.published.slice(0, 10)}</time></p></header>
${figure}
<div class="entry-content">
${body}
${notice}
</div>
<div class="share-links"><a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(doc.url)}">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(doc.url)}">Share on X</a></div>
</article>
${rng.chance(0.6) ? `<div class="newsletter-signup"><h2>Get the morning briefing</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>` : ''}
${related(doc, rng, base)}
<section class="comments"><h2>Comments</h2><p>${encodeText('Join the conversation — comments are moderated.', false)}</p></section>
</main>
<footer class="site-footer"><p>© ${doc.plan.published.slice(0, 4)} ${site}. All rights reserved.</p><ul><li><a href="${base}/about/">About</a></li><li><a href="${base}/contact/">Contact</a></li><li><a href="${base}/terms/">Terms</a></li></ul></footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'pageview' });</script>
</body>
</html>
`;
}
