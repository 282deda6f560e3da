/**
 * Page-extractor helpers over parsed nodes that the shared `html-dom.ts` does not hold: nesting
 * depth, containment and the class/id string class-word patterns are matched against. Nothing here
 * recurses, so a page nested thousands of levels deep cannot exhaust the call stack.
 */
import type { AnyNode, Element } from 'domhandler';

/** The deepest nesting of nodes under `roots` (0 for leaves). */
export function maxDepth(roots: readonly AnyNode[]): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = roots.map((root) => [root, 0]);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The element's class and id, joined, for matching class-word patterns. */
export function classAndId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: Element, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}
