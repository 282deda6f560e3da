/**
 * What the search page shows of its results, built in the browser from text nodes and `<mark>`
 * only, so no markup from the index reaches the page: each article with its outlet, date and
 * either its excerpt or, for a long article, the passages that matched, each linked to its
 * paragraph; the counts beside the filters; the summary of the folded filter panel.
 */
import { countText, type FilterCounts, filtersSummary } from './filter-counts.ts';
import type { Fragment } from './search-engine.ts';
import { resultLink } from './search-links.ts';
import { passages } from './search-passage.ts';
import { resultItem } from './result-item.ts';

/** The excerpt as nodes: its text, with Pagefind's `<mark>` highlights kept and nothing else. */
function excerptNodes(doc: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  return Array.from(parsed.firstChild?.childNodes ?? [], (node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}

/** The passages of a long article that matched, as a list of linked paragraphs; null when the
 * article is short or has no paragraph anchors (its excerpt is shown instead). */
function passageList(doc: Document, fragment: Fragment): HTMLUListElement | null {
  const found = passages(fragment.content, fragment.anchors, fragment.locations);
  if (found.length === 0) return null;
  const list = doc.createElement('ul');
  list.className = 'plain passages';
  for (const passage of found) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = resultLink(fragment.url, passage.id);
    link.textContent = `Paragraph ${passage.number}`;
    const text = doc.createElement('span');
    text.append(passage.clippedStart ? '…' : '');
    passage.words.forEach((word, index) => {
      if (index > 0) text.append(' ');
      if (!word.marked) return text.append(word.text);
      const mark = doc.createElement('mark');
      mark.textContent = word.text;
      text.append(mark);
    });
    text.append(passage.clippedEnd ? '…' : '');
    item.append(link, ': ', text);
    list.append(item);
  }
  return list;
}

/** One article result: its title linked (with the searched words, for the page to mark), its
 * outlet and date, then its matched passages or its excerpt. */
export function articleItem(doc: Document, fragment: Fragment): HTMLLIElement {
  const details = [fragment.meta['outlet'] ?? 'Outlet unknown', fragment.meta['date'] ?? '']
    .filter((text) => text !== '')
    .join(' · ');
  const item = resultItem(doc, 'h2', { ...fragment, url: resultLink(fragment.url) }, details);
  const matched = passageList(doc, fragment);
  if (matched !== null) {
    item.append(matched);
  } else {
    const excerpt = doc.createElement('p');
    excerpt.append(...excerptNodes(doc, fragment.excerpt));
    item.append(excerpt);
  }
  return item;
}

/** Writes `counts` beside each filter value (null: back to the archive's totals, as built). */
export function showCounts(doc: Document, counts: FilterCounts | null): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-count-key]')) {
    element.dataset['total'] ??= element.textContent.trim();
    const key = element.dataset['countKey'] ?? '';
    const value = element.dataset['countValue'] ?? '';
    element.textContent =
      counts === null ? (element.dataset['total'] ?? '') : countText(counts, key, value);
  }
}

/** Writes how many filter conditions are chosen into the folded panel's summary. */
export function showChosen(doc: Document, chosen: number): void {
  const summary = doc.getElementById('search-filters-summary');
  if (summary) summary.textContent = filtersSummary(chosen);
}
