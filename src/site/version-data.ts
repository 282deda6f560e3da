/**
 * The two sides of a version comparison, made at build time: each version's paragraphs with the
 * links it printed. The latest text's links are read off its rendered entry, as the outlets
 * comparison reads them; an earlier version's Markdown is rendered with Astro's own Markdown
 * processor and the site's settings (no typographic rewriting), so both sides are read alike.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Article, Version } from '../schema/article.ts';
import { paragraphsWithLinks } from './paragraph-links.ts';
import type { ComparedVersion } from './version-comparison.ts';
import { versionList } from './version-view.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** The HTML of `markdown` as the site renders an entry's body. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ smartypants: false });
  return (await (await processor).render(markdown)).code;
}

/** The earlier version `version` of `article` and its latest text, as compared; `latestHtml` is
 * the article's rendered body (undefined: its paragraphs come without links). */
export async function comparedVersions(
  article: Article,
  version: Version,
  latestHtml: string | undefined,
): Promise<{ earlier: ComparedVersion; latest: ComparedVersion }> {
  const views = versionList(article);
  const latestView = views.find((v) => v.latest);
  const earlierView = views.find((v) => v.sha256 === version.sha256);
  if (latestView === undefined || earlierView === undefined) {
    throw new Error(`article "${article.id}" has no version ${version.sha256}`);
  }
  return {
    earlier: {
      version: earlierView,
      paragraphs: paragraphsWithLinks(version.text, await renderMarkdown(version.markdown)),
    },
    latest: { version: latestView, paragraphs: paragraphsWithLinks(article.text, latestHtml) },
  };
}
