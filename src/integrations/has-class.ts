import type { Element } from 'hast';

/** Whether `element` has the class `name` (hast keeps `className` as a list). */
export function hasClass(element: Element, name: string): boolean {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes(name);
}
