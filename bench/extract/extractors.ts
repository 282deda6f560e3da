/**
 * The extractors `npm run bench:extract` runs on the same pages in one run, each from the page's
 * bytes exactly as stored: ours (the ingest's stage 1 decoding, then the page cleaner),
 * @mozilla/readability on jsdom (the DOM a Node user pairs it with) and Defuddle on linkedom. The
 * peers read the text stage 1 decodes, as a browser would: a stored page has lost the charset its
 * server sent, and jsdom's own default for undeclared bytes (windows-1252) would garble UTF-8.
 * Each returns the page's main text, or null when it refused or failed the page.
 */
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { load } from 'cheerio/slim';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { blocksToReadingText } from '../../src/clean/blocks.ts';
import { cleanHtmlPage } from '../../src/extract/page/extract-page.ts';
import { decodeInput } from '../../src/ingest/decode-input.ts';

/** One benchmark page: its id, its bytes as stored (uncompressed) and its address. */
export interface BenchPage {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly url: string;
}

/** An extractor: a page's main text, or null when it refused or failed it. */
export type Extractor = (page: BenchPage) => Promise<string | null>;

/** Ours, as the ingest runs it: decode the bytes (stage 1), clean the page, read its blocks. */
export const ours: Extractor = (page) => {
  try {
    return Promise.resolve(blocksToReadingText(cleanHtmlPage(decoded(page), page.id).blocks));
  } catch {
    return Promise.resolve(null);
  }
};

const quiet = new VirtualConsole();

/** The page as text, decoded as a browser decodes it (stage 1's decoder): every tool reads the
 * same characters, since a stored page has lost the charset its server sent. */
function decoded(page: BenchPage): string {
  return decodeInput(`${page.id}.html`, page.bytes).text;
}

/** A jsdom document of the page; without style sheets when jsdom's CSS parser throws on them,
 * so a score measures the extractor, not jsdom. */
function dom(page: BenchPage, withoutStyles = false): JSDOM {
  const html = decoded(page);
  const bare = withoutStyles
    ? html
        .replace(/<style\b[\s\S]*?<\/style>/gi, '')
        .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '')
    : html;
  return new JSDOM(bare, { url: page.url, virtualConsole: quiet });
}

/** @mozilla/readability's `textContent` of the page. */
export const readability: Extractor = (page) => {
  for (const bare of [false, true]) {
    try {
      const document = dom(page, bare);
      try {
        return Promise.resolve(
          new Readability(document.window.document).parse()?.textContent ?? null,
        );
      } finally {
        document.window.close();
      }
    } catch {
      // jsdom threw on the page's styles: tried once more without them.
    }
  }
  return Promise.resolve(null);
};

/** Block elements whose end separates text, so paragraphs do not run together. */
const BLOCK_END =
  /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr|table|section|article|figcaption)>|<br\s*\/?>/gi;

/** Runs `work` with the console silenced: Defuddle logs every page's parse errors. */
async function silently<T>(work: () => Promise<T>): Promise<T> {
  // Saved to be put back, never called here.

  const saved = { log: console.log, warn: console.warn, error: console.error };
  const mute = (): void => undefined;
  Object.assign(console, { log: mute, warn: mute, error: mute });
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

/** Defuddle's content (HTML) of the page, as text. Defuddle runs on linkedom, the light DOM its
 * README pairs it with in Node (on jsdom it reads a page a second and holds on to its memory). */
export const defuddle: Extractor = async (page) => {
  try {
    const { document } = parseHTML(decoded(page));
    const result = await silently(() => Defuddle(document, page.url, { useAsync: false }));
    return load(result.content.replace(BLOCK_END, '$&\n')).text();
  } catch {
    return null;
  }
};
