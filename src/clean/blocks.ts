/**
 * The cleaned body as a small document model. Every cleaner (plain text, WordPress, HTML page)
 * produces blocks; Markdown for the entry and plain text for search, quotes and the export are both
 * rendered from the same blocks, so the two can never disagree.
 */
import type { Embed } from '../schema/article.ts';

/** A run of text, or a link with its visible text and target. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/** One block of the body, in reading order. */
export type Block =
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly inlines: readonly Inline[] }
  | { readonly kind: 'quote'; readonly paragraphs: readonly (readonly Inline[])[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly Inline[])[];
    }
  | { readonly kind: 'embed'; readonly embed: Embed };

/** Plain text of a run of inlines (link targets dropped). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

/** Plain text of one block; embeds have none (they are the poster's words, not the outlet's). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.inlines);
    case 'quote':
      return block.paragraphs.map(inlineText).join('\n\n');
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'embed':
      return '';
  }
}

/** The body as plain text: non-empty blocks separated by one blank line, no trailing newline. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** Everything a reader reads on the page, in order: the body with embedded posts' text in place.
 * The archive keeps embeds apart from the outlet's prose; this is for measures, such as the
 * extraction benchmark, whose ground truth counts an embedded post as part of the page's text. */
export function blocksToReadingText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === 'embed' ? b.embed.text : blockText(b)))
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** Words are counted as every stage compares them (see `text/words.ts`): in NFC, marks included. */
export { countWords } from '../text/words.ts';

const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~!#]/g;

/** Escapes text so that Markdown renders it as exactly these characters and never as markup. */
export function escapeMarkdownText(text: string): string {
  const escaped = text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
  // Line-start characters that would open a list, heading, rule or code block.
  return escaped.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, lead: string) =>
    /^\d+$/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}

/** True for link targets that are safe to keep: web, mail and page-relative links. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\s\u0000-\u001f]/g, ''));
  return !scheme || ['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase());
}

function markdownHref(href: string): string {
  return href.trim().replace(/[\s<>()\\]/g, (c) => encodeURIComponent(c));
}

function inlinesToMarkdown(inlines: readonly Inline[]): string {
  const parts = inlines.map((i) =>
    i.kind === 'link' && isSafeHref(i.href) && i.text.trim() !== ''
      ? `[${escapeMarkdownText(i.text)}](${markdownHref(i.href)})`
      : escapeMarkdownText(i.text),
  );
  return parts.join('').replace(/\s*\n\s*/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`,
  );
}

function embedToHtml(embed: Embed): string {
  const lines = embed.text.split('\n').filter((l) => l.trim() !== '');
  const who = [embed.author, embed.handle ? `(${embed.handle})` : null].filter(Boolean).join(' ');
  const caption = ['Embedded post', who ? `by ${who}` : null, embed.date ? `, ${embed.date}` : null]
    .filter(Boolean)
    .join(' ')
    .replace(' ,', ',');
  return [
    '<figure class="embed">',
    '<blockquote>',
    ...lines.map((l) => `<p>${escapeHtml(l.trim())}</p>`),
    '</blockquote>',
    `<figcaption>${escapeHtml(caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return inlinesToMarkdown(block.inlines).trim();
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlinesToMarkdown(block.inlines).trim()}`;
    case 'quote':
      return block.paragraphs.map((p) => `> ${inlinesToMarkdown(p).trim()}`).join('\n>\n');
    case 'list':
      return block.items
        .map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${inlinesToMarkdown(item).trim()}`)
        .join('\n');
    case 'embed':
      return embedToHtml(block.embed);
  }
}

/** The body as Markdown: text escaped, links kept with their targets, embeds as figures. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const rendered = blocks.map(blockToMarkdown).filter((md) => md.trim() !== '');
  return rendered.length === 0 ? '' : `${rendered.join('\n\n')}\n`;
}
