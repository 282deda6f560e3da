/**
 * Page-extractor helpers over parsed nodes that the shared `html-dom.ts` does not hold:
 * containment and the class/id string class-word patterns are matched against. Nothing here
 * recurses, so a page nested thousands of levels deep cannot exhaust the call stack.
 */
import type { AnyNode, Element } from 'domhandler';

/** The element's class and id, joined, for matching class-word patterns. */
export function classAndId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: Element, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}
