/**
 * The nesting bound of HTML input, checked while the markup is tokenised and before any tree is
 * built. Tree builders (parse5, which cheerio uses) spend time proportional to the depth of the
 * open elements on every tag, so 100,000 nested elements take minutes; a streaming pass that stops
 * at the bound keeps every input linear in its length.
 */
import { Parser } from 'htmlparser2';
import { InputError } from './input-error.ts';
import { MAX_NESTING_DEPTH } from './input-limits.ts';

/** Throws an {@link InputError} naming `file` and the limit as soon as `html` opens more than
 * {@link MAX_NESTING_DEPTH} elements inside one another (implied and void end tags counted as
 * the HTML parser closes them). Returns the deepest nesting seen otherwise. */
export function assertNesting(file: string, html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth <= deepest) return;
        deepest = depth;
        if (depth > MAX_NESTING_DEPTH) {
          throw new InputError(file, `elements nested over ${MAX_NESTING_DEPTH} deep, the limit`);
        }
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return deepest;
}
