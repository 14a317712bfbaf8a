import type { Element, ElementContent, Root, RootContent } from 'hast';

export type HastNode = Root | RootContent | ElementContent;

/** What a visitor returns: `false` to skip the element's children. */
export type VisitResult = boolean | undefined;

/** Visit every element under `node` in document order; return `false` from `visit` to skip an element's children. */
export function walkElements(node: HastNode, visit: (element: Element) => VisitResult): void {
  if (!('children' in node)) return;
  for (const child of [...(node.children as HastNode[])]) {
    if (child.type !== 'element') continue;
    if (visit(child) === false) continue;
    walkElements(child, visit);
  }
}

/** The class names of an element, as hast stores them. */
export function classNames(element: Element): string[] {
  const value: unknown = element.properties['className'];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : String(value).split(/\s+/);
}

/** The text of a node and its descendants. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNode[]).map((child) => textOf(child)).join('') : '';
}
