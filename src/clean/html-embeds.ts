/**
 * Embedded social posts in HTML: the blockquotes that Twitter/X, Instagram, TikTok, Bluesky and
 * others hand out for embedding. They hold the poster's words, not the outlet's, so they become
 * embed blocks with the poster's name, handle, date and the post's URL, as the markup states them.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Embed } from '../schema/article.ts';
import { descendants, HTML_SPACE, isElement, tagName, textOf } from './html-dom.ts';
import { isoPostDate, parseSignature, postUrl } from './plain-text-embeds.ts';
import { isSafeHref } from './blocks.ts';

/** "— Name (@handle) date" as Bluesky, Mastodon and others sign a post (Twitter's own signature is
 * read by {@link parseSignature}). Captures author, handle and the rest (the date). */
const GENERIC_SIGNATURE = /^[—–-]\s*([^()\n]{1,80}?)\s*\((@[\w.@-]{1,80})\)\s*(.*)$/u;
/** "Posted by Name on date", Facebook's embed signature. */
const POSTED_BY = /^posted by\s+(.{1,80}?)(?:\s+on\s+(.*))?$/iu;
const INSTAGRAM_OPENER = /^view this post on instagram\.?$/iu;

/** The text under `node` with `<br>` as a line break, other HTML whitespace collapsed per line. */
function lineText(node: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === 'text') out.push(n.data);
    if (!isElement(n) || n.type !== 'tag') continue;
    if (tagName(n) === 'br') out.push('\n');
    for (const child of n.children.toReversed()) stack.push(child);
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(HTML_SPACE, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function cleanUrl(href: string | undefined): string | null {
  const url = href?.trim();
  if (!url || !isSafeHref(url) || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[?#].*$/, '');
}

function isoDay(value: string | undefined): string | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  return iso ?? isoPostDate(value.replace(/\s+at\s+.*$/i, ''));
}

interface Signed {
  author: string | null;
  handle: string | null;
  date: string | null;
}

function readSignature(line: string): Signed | null {
  const own = parseSignature(line);
  if (own) return { author: own.author, handle: own.handle, date: own.date };
  const generic = GENERIC_SIGNATURE.exec(line);
  if (generic)
    return { author: generic[1] ?? null, handle: generic[2] ?? null, date: isoDay(generic[3]) };
  const posted = POSTED_BY.exec(line);
  if (posted) return { author: posted[1] ?? null, handle: null, date: isoDay(posted[2]) };
  return null;
}

/** The lines of the post's own text and its signature, from the embed's paragraphs when it has
 * them (the signature stands outside them) or from its whole text. */
function partsOf(el: Element): { lines: string[]; signature: Signed | null } {
  const paragraphs = descendants(el).filter((d) => tagName(d) === 'p');
  const chunks = paragraphs.length > 0 ? paragraphs.map(lineText) : lineText(el).split('\n');
  let signature: Signed | null = null;
  const lines: string[] = [];
  for (const chunk of chunks) {
    if (INSTAGRAM_OPENER.test(chunk)) continue;
    const signed = readSignature(chunk.replace(/\n/g, ' '));
    if (signed) signature ??= signed;
    else if (chunk !== '') lines.push(chunk);
  }
  if (signature === null && paragraphs.length > 0) {
    const rest = el.children.filter((c) => !paragraphs.includes(c as Element));
    signature = readSignature(rest.map(textOf).join(' ').replace(HTML_SPACE, ' ').trim());
  }
  return { lines, signature };
}

function handleFromUrl(url: string | null): string | null {
  return url === null ? null : (/\/(@[\w.-]+)(?:\/|$)/.exec(url)?.[1] ?? null);
}

/** The embedded post `el` holds, or null when it holds no text and no URL (an empty
 * placeholder for a script to fill). */
export function embedFromElement(el: Element, platform: string): Embed | null {
  const { lines, signature } = partsOf(el);
  const links = descendants(el).filter((d) => tagName(d) === 'a');
  const a = el.attribs;
  const url =
    cleanUrl(a['data-instgrm-permalink'] ?? a['data-href'] ?? a['cite']) ??
    cleanUrl(postUrl(links.map((l) => l.attribs['href'] ?? '').join(' ')) ?? undefined) ??
    cleanUrl(links.at(-1)?.attribs['href']);
  const time = descendants(el).find((d) => tagName(d) === 'time')?.attribs['datetime'];
  const text = lines.join('\n');
  if (text === '' && url === null) return null;
  return {
    platform,
    author: signature?.author ?? null,
    handle: signature?.handle ?? handleFromUrl(url),
    date: signature?.date ?? isoDay(time),
    text,
    url,
  };
}
