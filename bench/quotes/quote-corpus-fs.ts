/**
 * Reads the hand-annotated quotation corpus (`tests/quotes-corpus/`): each article's text and one
 * annotator's quotations, placed in the text (the annotation names each quotation by its exact text
 * and occurrence; the offsets are found here). A file that does not follow the format is refused
 * with a message naming the file and the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { GoldQuotation } from './score-quotes.ts';

/** The corpus folder. */
export const CORPUS_DIR = 'tests/quotes-corpus';

const Annotation = z.object({
  article: z.string(),
  quotations: z.array(
    z.object({
      text: z.string().min(1),
      occurrence: z.number().int().positive().default(1),
      kind: z.enum(['speech', 'fragment', 'term']),
      speaker: z.string().min(1).nullable(),
      speakerType: z.enum(['person', 'organisation']).nullable(),
      utterance: z.string().min(1).nullable(),
    }),
  ),
});

/** One annotated article. */
export interface AnnotatedArticle {
  readonly id: string;
  readonly text: string;
  readonly quotations: readonly GoldQuotation[];
}

/** Offset of the `occurrence`-th appearance of `needle` in `text`, or -1. */
function nth(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The articles annotated in `annotator` (a sub-folder of the corpus: `gold`, `annotator-a`…). */
export async function readAnnotations(
  annotator: string,
  dir = CORPUS_DIR,
): Promise<AnnotatedArticle[]> {
  const folder = join(dir, annotator);
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  const articles: AnnotatedArticle[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const parsed = Annotation.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const id = parsed.data.article;
    const text = await readFile(join(dir, 'articles', `${id}.txt`), 'utf8');
    const quotations = parsed.data.quotations.map((q, n) => {
      const start = nth(text, q.text, q.occurrence);
      if (start < 0) throw new Error(`${path}: quotations.${n}.text: not found in the article`);
      const { kind, speaker, speakerType, utterance } = q;
      return { start, end: start + q.text.length, kind, speaker, speakerType, utterance };
    });
    articles.push({ id, text, quotations });
  }
  return articles;
}
