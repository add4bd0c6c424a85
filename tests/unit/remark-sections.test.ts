import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { chartSteps } from '../../src/charts/steps';
import { collectSteps } from '../../src/content/remark-sections';

type Child = Root['children'][number];
const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
const textNode = (value: string) => ({ type: 'text' as const, value });
const fig = (id: string) => ({ type: 'mdxJsxTextElement' as const, name: 'Fig', attributes: [attr('id', id)], children: [] });
const notes = (value: string) => ({ type: 'mdxJsxFlowElement' as const, name: 'Notes', attributes: [], children: [{ type: 'paragraph' as const, children: [textNode(value)] }] });
const step = (id: string, body: Child[], extra: Child[] = [notes(`Say ${id}.`)]): Child =>
  ({ type: 'mdxJsxFlowElement', name: 'Step', attributes: [attr('id', id)], children: [...body, ...extra] }) as Child;
const para = (...children: unknown[]): Child => ({ type: 'paragraph', children }) as Child;
const root = (...children: Child[]): Root => ({ type: 'root', children });
const where = 'content/sections/01-headline.mdx';
const headlineSteps = (): Child[] => chartSteps.headline.map((id) => step(id, [para(textNode(`Text of ${id}.`))]));

describe('the section checks run on every MDX file', () => {
  it('lifts each step with its text and speaker notes', () => {
    const steps = collectSteps(root(...headlineSteps()), where, 'headline');
    expect(steps.map((s) => s.id)).toEqual([...chartSteps.headline]);
    expect(steps[0]).toEqual({ id: 'headline-number', text: 'Text of headline-number.', notes: 'Say headline-number.', prose: 'Text of headline-number.' });
  });

  it('writes figures into a step’s slide text as the page shows them', () => {
    const children = headlineSteps();
    children[0] = step('headline-number', [para(textNode('It cost '), fig('v3.cost.total'), textNode('.'))]);
    expect(collectSteps(root(...children), where, 'headline')[0]?.text).toBe('It cost $5.6M.');
  });

  it('prefers an authored condensed slide text', () => {
    const children = headlineSteps();
    children[0] = { ...(step('headline-number', [para(textNode('Long text.'))]) as object), attributes: [attr('id', 'headline-number'), attr('slide', 'Short.')] } as Child;
    const [first] = collectSteps(root(...children), where, 'headline');
    expect(first?.text).toBe('Short.');
    // The prose the reader sees stays as written: a shared step is described by it, never by the slide text.
    expect(first?.prose).toBe('Long text.');
  });

  it('fails on an unknown figure id, naming the file and the id', () => {
    expect(() => collectSteps(root(para(fig('v3.unknown')), ...headlineSteps()), where, 'headline')).toThrow(
      `Unknown figure id "v3.unknown" in ${where}`,
    );
  });

  it('fails on a step id the chart does not define, naming the file and the id', () => {
    const children = headlineSteps();
    children[1] = step('headline-stagez', [para(textNode('x'))]);
    expect(() => collectSteps(root(...children), where, 'headline')).toThrow(`${where}: step id "headline-stagez" is not defined by the headline chart`);
  });

  it('fails when a step has no speaker notes', () => {
    const children = headlineSteps();
    children[2] = step('headline-gpus-days', [para(textNode('x'))], []);
    expect(() => collectSteps(root(...children), where, 'headline')).toThrow(`${where}: step "headline-gpus-days" has no <Notes>`);
  });

  it('fails when a chart step is missing or out of order', () => {
    const children = headlineSteps();
    expect(() => collectSteps(root(...children.slice(0, 3)), where, 'headline')).toThrow(/steps must be headline-number, headline-stages/);
    expect(() => collectSteps(root(...[...children].reverse()), where, 'headline')).toThrow(/in that order/);
  });

  it('fails on a step without an id', () => {
    const noId = { type: 'mdxJsxFlowElement', name: 'Step', attributes: [], children: [notes('x')] } as Child;
    expect(() => collectSteps(root(noId), where, 'headline')).toThrow(`${where}: <Step> needs a id="…" attribute`);
  });

  it('accepts a section without a chart and without steps', () => {
    expect(collectSteps(root(para(textNode('Methods.'))), 'content/sections/09-methods.mdx', 'methods')).toEqual([]);
  });
});
