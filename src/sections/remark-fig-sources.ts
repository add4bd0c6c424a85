/**
 * A remark plugin that cites figures once per step instead of at every number: it appends a
 * <FigSources figures="id id …"> element to each <Step> with figures, and puts one after every
 * other top-level block (paragraph, table, list) that holds figures.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';

type AnyNode = Root | RootContent;

/** The ids of the <Fig>s inside a node, in order of first use, leaving out speaker notes. */
export function figureIds(node: AnyNode): string[] {
  const ids = new Set<string>();
  visit(node, (child: AnyNode) => {
    if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') return undefined;
    if (child.name === 'Notes') return SKIP;
    if (child.name !== 'Fig') return undefined;
    const id = child.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') ids.add(id);
    return undefined;
  });
  return [...ids];
}

const sourcesElement = (ids: string[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name: 'FigSources',
  attributes: [{ type: 'mdxJsxAttribute', name: 'figures', value: ids.join(' ') }],
  children: [],
});

/** The plugin. */
export default function remarkFigSources() {
  return (tree: Root): void => {
    tree.children = tree.children.flatMap((block): RootContent[] => {
      const ids = figureIds(block);
      if (!ids.length) return [block];
      if (block.type === 'mdxJsxFlowElement' && block.name === 'Step') {
        block.children.push(sourcesElement(ids));
        return [block];
      }
      return [block, sourcesElement(ids)];
    });
  };
}
