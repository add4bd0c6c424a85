/** Reads a built HTML page into a flat list of elements (tag, attributes, text), for the static checks. */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** One element of a page, in document order. */
export interface PageElement {
  tag: string;
  attrs: Map<string, string>;
  /** The text directly inside it (for inline <script> and <style>). */
  text: string;
}

type Node = DefaultTreeAdapterTypes.Node;

const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node;

/** Every element of an HTML string, including those inside <template>. */
export function elementsOf(html: string): PageElement[] {
  const out: PageElement[] = [];
  const visit = (node: Node): void => {
    if (isElement(node)) {
      const attrs = new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const text = node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
      out.push({ tag: node.tagName.toLowerCase(), attrs, text });
      if (node.tagName === 'template' && 'content' in node) visit(node.content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return out;
}

/** Every element of an HTML file. */
export const elementsOfFile = (file: string): PageElement[] => elementsOf(readFileSync(file, 'utf8'));

/** The ids a fragment can point at on a page: every id, and every <a name>. */
export function anchorsOf(elements: PageElement[]): Set<string> {
  const ids = new Set<string>();
  for (const el of elements) {
    const id = el.attrs.get('id');
    if (id) ids.add(id);
    const name = el.attrs.get('name');
    if (el.tag === 'a' && name) ids.add(name);
  }
  return ids;
}
