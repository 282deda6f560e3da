/**
 * The plain-text cleaner: a pasted copy of an article -> body blocks, removals, images and the
 * metadata the text itself states. Paragraphs are kept exactly as published (only line ends are
 * trimmed); what is not the outlet's prose is taken out by named rules, in this order: embedded
 * posts, photo captions, boilerplate lines, the trailing residue of forms and footers, the byline.
 */
import type { Image, Removal } from '../schema/article.ts';
import type { Block } from './blocks.ts';
import { type CleanResult, EMPTY_META, type SourceMeta } from './clean-result.ts';
import { markBoilerplate, markTail } from './plain-text-boilerplate.ts';
import { markCaptions } from './plain-text-captions.ts';
import { markEmbeds } from './plain-text-embeds.ts';
import { collapseSpace, type Line, type Mark, type Marks, splitLines } from './plain-text-lines.ts';
import { noticeMeta } from './notice-meta.ts';
import { syndicationCredit } from './text-rules.ts';
import { BYLINE, NOT_A_NAME, SENTENCE_END, WRAP_MAX, WRAP_MIN } from './text-rules-media.ts';

/** The name on a leading "By …" line, or null when `line` is no byline. */
export function bylineName(line: string): string | null {
  const name = BYLINE.exec(line.trim())?.[1];
  return name === undefined || NOT_A_NAME.test(name) ? null : name;
}

/** Marks the first body line as the byline when it reads "By Name" and nothing but captions and
 * removed lines stand above it. */
function markByline(lines: readonly Line[], marks: Marks): Marks {
  const first = marks.findIndex((m) => m === null || m.kind !== 'removed');
  const line = lines[first];
  if (first < 0 || marks[first] !== null || !line || bylineName(line.text) === null) return marks;
  return marks.map((m, i) => (i === first ? { kind: 'byline' } : m));
}

/** True when consecutive lines are one paragraph hard-wrapped at a fixed width: every line but the
 * last is of wrap width, and most of them break mid-sentence. */
function isHardWrapped(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  const body = run.slice(0, -1);
  const last = run[run.length - 1] ?? '';
  if (last.length > WRAP_MAX || body.some((l) => l.length < WRAP_MIN || l.length > WRAP_MAX)) {
    return false;
  }
  return body.filter((l) => !SENTENCE_END.test(l)).length * 2 > body.length;
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', inlines: [{ kind: 'text', text }] };
}

/** Blocks and removals from the marked lines, in document order. Unclaimed lines of one group
 * form one paragraph when hard-wrapped, else one paragraph each. */
function assemble(lines: readonly Line[], marks: Marks): { blocks: Block[]; removed: Removal[] } {
  const blocks: Block[] = [];
  const removed: Removal[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    const texts = run.map((l) => l.text);
    const paragraphs = isHardWrapped(texts) ? [texts.join(' ')] : texts;
    for (const text of paragraphs) blocks.push(paragraph(text));
    run = [];
  };
  lines.forEach((line, i) => {
    const mark: Mark | null = marks[i] ?? null;
    if (mark === null) {
      if (run.length > 0 && run[run.length - 1]?.group !== line.group) flush();
      run.push(line);
      return;
    }
    flush();
    if (mark.kind === 'removed') removed.push({ rule: mark.rule, text: collapseSpace(line.text) });
    if (mark.kind === 'embed' && mark.embed !== null) {
      blocks.push({ kind: 'embed', embed: mark.embed });
      removed.push({ rule: 'embedded-post', text: collapseSpace(mark.embed.text) });
    }
  });
  flush();
  return { blocks, removed };
}

/** What the removed lines and the byline state about the article. */
function statedFacts(
  lines: readonly Line[],
  marks: Marks,
): { meta: SourceMeta; credit: string | null } {
  const texts = (rule: string): string[] =>
    lines.flatMap((l, i) => {
      const mark = marks[i];
      return mark?.kind === 'removed' && mark.rule === rule ? [l.text] : [];
    });
  const credit =
    texts('syndication-notice')
      .map(syndicationCredit)
      .find((c) => c !== null) ?? null;
  const bylineLine = lines.find((_l, i) => marks[i]?.kind === 'byline');
  const meta: SourceMeta = {
    ...EMPTY_META,
    byline: bylineLine ? bylineName(bylineLine.text) : null,
    ...noticeMeta(
      (['copyright-line', 'homepage-footer'] as const).flatMap((rule) =>
        texts(rule).map((text) => ({ rule, text })),
      ),
    ),
  };
  return { meta, credit };
}

/** Cleans a pasted plain-text article. Never throws; every kept paragraph is one input line, or
 * consecutive lines of one hard-wrapped paragraph joined by a space, with its characters
 * unchanged; every removed line is recorded with its rule, and each embedded post stands in the
 * block list where it stood in the text. */
export function cleanPlainText(text: string): CleanResult {
  const lines = splitLines(text);
  let marks: Marks = lines.map(() => null);
  marks = markEmbeds(lines, marks);
  const captioned = markCaptions(lines, marks);
  marks = markBoilerplate(lines, captioned.marks);
  marks = markTail(lines, marks);
  marks = markByline(lines, marks);
  const { blocks, removed } = assemble(lines, marks);
  const { meta, credit } = statedFacts(lines, marks);
  const images: readonly Image[] = captioned.images;
  return { blocks, removed, summary: null, credit, images, meta };
}
