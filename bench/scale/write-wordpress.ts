/**
 * A copy as a WordPress REST API post (`/wp-json/wp/v2/posts/<id>`), shaped like the seeds': share
 * buttons, an editor's summary above a "Read more" break, ad-slot scripts, a video-player script,
 * a syndication disclaimer for republished copies, a corrections form and an advertising line
 * around the article's paragraphs; tags as `class_list` terms; links and metadata of a real post.
 */
import type { CopyDocument } from './copy-text.ts';
import { encodeText, escapeHtml, paragraphHtml } from './html-text.ts';
import type { Prng } from './prng.ts';

function shareButtons(url: string, rng: Prng): string {
  const u = encodeURIComponent(url);
  return `<aside class="mashsb-container mashsb-main"><div class="mashsb-box"><div class="mashsb-count"><div class="counts mashsbcount">${rng.int(0, 900)}</div><span class="mashsb-sharetext">SHARES</span></div><div class="mashsb-buttons"><a class="mashicon-facebook" href="https://www.facebook.com/sharer.php?u=${u}" rel="nofollow"><span class="text">Facebook</span></a><a class="mashicon-twitter" href="https://twitter.com/intent/tweet?url=${u}" rel="nofollow"><span class="text">Twitter</span></a></div></div></aside>\n<!-- Share buttons by mashshare.net - Version: 4.0.47-->`;
}

function readMore(summary: string, named: boolean): string {
  return `<p>${encodeText(summary, named)}</p>\n<p class="readmore"><button onclick="showReadMore()" id="readmorebtn">Read more&#8230;</button></p>\n<hr id="line">\n<span id="more"></span>\n`;
}

const AD_SLOTS =
  '<section><script>console.log("ad slot (AC1)")</script><script>console.log("ad slot (IC1)")</script></section>\n';
const VIDEO =
  '<p> <script type="text/javascript">document.addEventListener("DOMContentLoaded", function () { const s = document.createElement("script"); s.src = "https://embed.example/player.js"; document.body.appendChild(s); });</script> </p>\n';
const CORRECTION =
  '<div class="entry-submit-correction"><form style="display: none;"><label>* Name</label><input type="text" name="name" required><label>* Message</label><textarea name="message" required></textarea><input type="submit" value="Submit"></form></div>\n';

function disclaimer(credit: string): string {
  return `<div class="disclaimer"><p><em>This article originally appeared on ${escapeHtml(credit)} and is republished with permission.</em></p></div>\n`;
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The WordPress post JSON of `doc`; `rng` chooses its boilerplate. */
export function writeWordPress(doc: CopyDocument, rng: Prng): string {
  const named = rng.chance(0.5);
  const base = `https://www.${doc.outlet.domain}`;
  const id = rng.int(100_000, 9_999_999);
  const summary = `${doc.title}.`;
  const content = postContent(doc, rng, named, summary);
  const local = doc.plan.published.slice(0, 19);
  const gmt = new Date(doc.plan.published).toISOString().slice(0, 19);
  const slug = slugOf(doc.title);
  const post = {
    id,
    date: local,
    date_gmt: gmt,
    guid: { rendered: `${base}/?p=${id}` },
    modified: local,
    modified_gmt: gmt,
    slug,
    status: 'publish',
    type: 'post',
    link: doc.url,
    title: { rendered: encodeText(doc.title, true).replace(/’/g, '&#8217;') },
    content: { rendered: content, protected: false },
    excerpt: { rendered: `<p>${encodeText(summary, named)}</p>\n`, protected: false },
    author: rng.int(1, 40),
    featured_media: 0,
    comment_status: 'open',
    ping_status: 'closed',
    sticky: false,
    template: '',
    format: 'standard',
    meta: { footnotes: '' },
    categories: [rng.int(1, 500)],
    tags: doc.story.tags.map((_, n) => 1000 + n),
    class_list: [
      `post-${id}`,
      'post',
      'type-post',
      'status-publish',
      'format-standard',
      'hentry',
      ...doc.story.tags.map((t) => `tag-${slugOf(t)}`),
    ],
    _links: {
      self: [{ href: `${base}/wp-json/wp/v2/posts/${id}` }],
      collection: [{ href: `${base}/wp-json/wp/v2/posts` }],
      author: [{ embeddable: true, href: `${base}/wp-json/wp/v2/users/1` }],
    },
  };
  return JSON.stringify(post).replace(/\//g, '\\/');
}

/** The post's content: the copy's paragraphs amid the boilerplate `rng` chooses. */
function postContent(doc: CopyDocument, rng: Prng, named: boolean, summary: string): string {
  const base = `https://www.${doc.outlet.domain}`;
  const parts = [
    rng.chance(0.7) ? shareButtons(doc.url, rng) : '',
    rng.chance(0.3) ? readMore(summary, named) : '',
    rng.chance(0.5) ? AD_SLOTS : '',
    ...doc.paragraphs.map(
      (p, n) =>
        `${paragraphHtml(p, rng, named, `${base}/news/`)}\n${n === 2 && rng.chance(0.2) ? VIDEO : ''}`,
    ),
    doc.credit === null ? '' : disclaimer(doc.credit),
    rng.chance(0.4) ? CORRECTION : '',
    rng.chance(0.4)
      ? `<p style="border: 1px solid #f5f5f5;">Advertise with ${escapeHtml(doc.outlet.name)} and reach engaged readers. <a href="${base}/advertise/">Advertise Today</a>.</p>\n`
      : '',
  ];
  return parts.join('');
}
