import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkFigSources, { figureIds } from '../../src/sections/remark-fig-sources';

type Child = Root['children'][number];
const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
const textNode = (value: string) => ({ type: 'text' as const, value });
const fig = (id: string) => ({ type: 'mdxJsxTextElement' as const, name: 'Fig', attributes: [attr('id', id)], children: [] });
const para = (...children: unknown[]): Child => ({ type: 'paragraph', children }) as Child;
const notes = (...children: Child[]): Child => ({ type: 'mdxJsxFlowElement', name: 'Notes', attributes: [], children }) as Child;
const step = (...children: Child[]): Child => ({ type: 'mdxJsxFlowElement', name: 'Step', attributes: [attr('id', 's')], children }) as Child;
const run = (...children: Child[]): Root => {
  const tree: Root = { type: 'root', children };
  remarkFigSources()(tree);
  return tree;
};
const sourcesOf = (node: Child | undefined) =>
  node?.type === 'mdxJsxFlowElement' && node.name === 'FigSources' ? node.attributes.map((a) => ('value' in a ? a.value : '')) : undefined;

describe('figures are cited once per step or block', () => {
  it('lists a step’s figures once each, in order of first use, leaving out its speaker notes', () => {
    const tree = step(para(fig('b'), textNode(' and '), fig('a')), para(fig('b')), notes(para(fig('c'))));
    expect(figureIds(tree)).toEqual(['b', 'a']);
  });

  it('appends the list inside each step that has figures, and adds none to a step without', () => {
    const [withFigures, without] = run(step(para(fig('a'))), step(para(textNode('No numbers.')))).children;
    expect(withFigures?.type === 'mdxJsxFlowElement' && sourcesOf(withFigures.children.at(-1) as Child)).toEqual(['a']);
    expect(without?.type === 'mdxJsxFlowElement' && without.children.length).toBe(1);
  });

  it('puts a list right after each top-level paragraph with figures, outside the steps', () => {
    const children = run(para(fig('x'), fig('y')), para(textNode('Plain.'))).children;
    expect(children.map((c) => sourcesOf(c) ?? c.type)).toEqual(['paragraph', ['x y'], 'paragraph']);
  });
});
