/**
 * Text with word-level changes marked, as HTML: `shared` words in `<mark>`, `added` in `<ins>`,
 * `dropped` in `<del>`, the rest plain; everything escaped. Built as one string so no whitespace
 * is ever added between segments (the text is evidence, and it is shown with its line breaks).
 */

/** A run of text and how it is marked. */
export interface MarkedSegment {
  readonly op: 'same' | 'shared' | 'added' | 'dropped';
  readonly text: string;
}

const TAGS = { same: null, shared: 'mark', added: 'ins', dropped: 'del' } as const;

/** `text` safe inside an HTML element. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML of `segments`, in order; empty segments are left out. */
export function markedHtml(segments: readonly MarkedSegment[]): string {
  return segments
    .filter((s) => s.text !== '')
    .map((s) => {
      const tag = TAGS[s.op];
      const text = escapeHtml(s.text);
      return tag === null ? text : `<${tag}>${text}</${tag}>`;
    })
    .join('');
}
