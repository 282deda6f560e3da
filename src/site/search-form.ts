/**
 * The search page's elements and the state of its form: finding them, setting the form from an
 * address (so a shared search opens as it was), and the filter panel, open beside the results
 * on a wide screen and folded above them on a narrow one.
 */

/** The elements the search page script works with. `search` runs a search now (set by the
 * client once it is wired up). */
export interface SearchPage {
  readonly form: HTMLFormElement;
  readonly box: HTMLInputElement;
  readonly status: HTMLElement;
  readonly suggest: HTMLElement;
  readonly list: HTMLElement;
  readonly more: HTMLButtonElement;
  readonly output: HTMLElement;
  readonly panel: HTMLDetailsElement;
  search: () => void;
}

/** The page's elements, or null when `doc` is not a search page. */
export function searchPage(doc: Document): SearchPage | null {
  const form = doc.getElementById('search-form');
  const box = doc.getElementById('q');
  const status = doc.getElementById('search-status');
  const suggest = doc.getElementById('search-suggest');
  const list = doc.getElementById('search-results');
  const more = doc.getElementById('search-more');
  const panel = doc.getElementById('search-filters');
  const output = list?.closest<HTMLElement>('.search-output');
  if (!(form instanceof HTMLFormElement) || !(box instanceof HTMLInputElement)) return null;
  if (!(more instanceof HTMLButtonElement) || !(panel instanceof HTMLDetailsElement)) return null;
  if (!status || !suggest || !list || !output) return null;
  return { form, box, status, suggest, list, more, output, panel, search: () => undefined };
}

/** The form's own fields and those outside it that belong to it (`form="search-form"`). */
function fields(page: SearchPage): (HTMLInputElement | HTMLSelectElement)[] {
  return [...page.form.elements].filter(
    (e) => e instanceof HTMLInputElement || e instanceof HTMLSelectElement,
  );
}

/** Sets every field from the address `params`: the words, each chosen filter value (unfolding
 * a folded filter that has one), the date range and the order. Unknown values are ignored. */
export function restoreForm(page: SearchPage, params: URLSearchParams): void {
  for (const field of fields(page)) {
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      field.checked = params.getAll(field.name).includes(field.value);
      const folded = field.closest('details.filter');
      if (field.checked && folded instanceof HTMLDetailsElement) folded.open = true;
    } else if (field instanceof HTMLSelectElement) {
      const value = params.get(field.name);
      if ([...field.options].some((option) => option.value === value)) field.value = value ?? '';
    } else {
      field.value = params.get(field.name) ?? '';
    }
  }
}

/** Unchecks every filter, empties the date range and searches again (words and order stay). */
export function clearFilters(page: SearchPage): void {
  for (const field of fields(page)) {
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = false;
    if (field instanceof HTMLInputElement && field.type === 'date') field.value = '';
  }
  page.search();
}

/** The filter panel stands open beside the results on a wide screen (as wide as the stylesheet's
 * two-column layout) and starts folded on a narrow one; its "Clear filters" button works. */
export function watchFilterPanel(page: SearchPage): void {
  const view = page.form.ownerDocument.defaultView;
  const wide = view?.matchMedia('(min-width: 52rem)');
  if (wide) {
    page.panel.open = wide.matches;
    wide.addEventListener('change', () => {
      page.panel.open = wide.matches;
    });
  }
  page.form.ownerDocument
    .getElementById('search-clear-filters')
    ?.addEventListener('click', () => clearFilters(page));
}
