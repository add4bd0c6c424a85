import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { chartSteps } from '../../src/charts/steps';
import { collectSteps } from '../../src/sections/remark-sections';

type Child = Root['children'][number];
const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
const textNode = (value: string) => ({ type: 'text' as const, value });
const fig = (id: string) => ({ type: 'mdxJsxTextElement' as const, name: 'Fig', attributes: [attr('id', id)], children: [] });
const notes = (value: string) => ({
  type: 'mdxJsxFlowElement' as const,
  name: 'Notes',
  attributes: [],
  children: [{ type: 'paragraph' as const, children: [textNode(value)] }],
});
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
    expect(steps[0]).toEqual({
      id: 'headline-number',
      text: 'Text of headline-number.',
      notes: 'Say headline-number.',
      prose: 'Text of headline-number.',
    });
  });

  it('writes figures into a step’s slide text as the page shows them', () => {
    const children = headlineSteps();
    children[0] = step('headline-number', [para(textNode('It cost '), fig('v3.cost.total'), textNode('.'))]);
    expect(collectSteps(root(...children), where, 'headline')[0]?.text).toBe('It cost $5.6M.');
  });

  it('prefers an authored condensed slide text', () => {
    const children = headlineSteps();
    children[0] = {
      ...(step('headline-number', [para(textNode('Long text.'))]) as object),
      attributes: [attr('id', 'headline-number'), attr('slide', 'Short.')],
    } as Child;
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
    expect(() => collectSteps(root(...children), where, 'headline')).toThrow(
      `${where}: step id "headline-stagez" is not defined by the headline chart`,
    );
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

describe('the section checks keep every number a figure', () => {
  const withSlide = (id: string, slide: string, body: Child[] = [para(textNode('Text.'))]): Child =>
    ({ ...(step(id, body) as object), attributes: [attr('id', id), attr('slide', slide)] }) as Child;

  it('writes {fact.id} placeholders in a slide= text as the page shows the figure', () => {
    const children = headlineSteps();
    children[0] = withSlide('headline-number', 'The run cost {v3.cost.total} for {v3.gpuHours.total}.');
    expect(collectSteps(root(...children), where, 'headline')[0]?.text).toBe('The run cost $5.6M for 2.788M GPU-hours.');
  });

  it('fails on an unknown placeholder id in a slide= text, naming the file', () => {
    const children = headlineSteps();
    children[0] = withSlide('headline-number', 'The run cost {v3.cost.nope}.');
    expect(() => collectSteps(root(...children), where, 'headline')).toThrow(
      `Unknown figure id "v3.cost.nope" in ${where} (slide= of step "headline-number")`,
    );
  });

  it('fails, naming the file and quoting it, on a number typed by hand in a slide= text', () => {
    const children = headlineSteps();
    children[1] = withSlide('headline-stages', 'Three stages, 2.79M GPU-hours in all.');
    expect(() => collectSteps(root(...children), where, 'headline')).toThrow(
      new RegExp(`^${where}: 1 number typed by hand[\\s\\S]*the slide= text of step "headline-stages": "2\\.79M GPU-hours"`),
    );
  });

  it('fails on a number typed by hand in the prose, a step’s text or its notes, and accepts one written with <Fig>', () => {
    const typed = (children: Child[]) => () => collectSteps(root(...children), where, 'headline');
    expect(typed([para(textNode('The run cost $5.58M.')), ...headlineSteps()])).toThrow(/the prose: "\$5\.58M"/);
    const inStep = headlineSteps();
    inStep[2] = step('headline-gpus-days', [para(textNode('About 58 days.'))]);
    expect(typed(inStep)).toThrow(/the text of step "headline-gpus-days": "58 days"/);
    const inNotes = headlineSteps();
    inNotes[3] = step('headline-excluded', [para(textNode('Text.'))], [notes('Say $5.4M.')]);
    expect(typed(inNotes)).toThrow(/the <Notes> of step "headline-excluded": "\$5\.4M"/);
    expect(
      typed([para(textNode('The run cost '), fig('v3.cost.total'), textNode(' over '), fig('v3.totalDays'), textNode('.')), ...headlineSteps()]),
    ).not.toThrow();
  });

  it('reads the prose as the reader does: figures written out, code left out, headings and tables checked', () => {
    const code = { type: 'inlineCode', value: '?costPerHead=2378000' };
    expect(() => collectSteps(root(para(textNode('Try '), code), ...headlineSteps()), where, 'headline')).not.toThrow();
    const heading = { type: 'heading', depth: 2, children: [textNode('A $9.9B year')] } as Child;
    expect(() => collectSteps(root(heading, ...headlineSteps()), where, 'headline')).toThrow(/the prose: "\$9\.9B year"/);
    // A <Fig> next to typed text reads as one quantity: "2,048" + "K GPUs" is not the figure 2,048.
    expect(() => collectSteps(root(para(fig('v3.clusterGpus'), textNode('K GPUs')), ...headlineSteps()), where, 'headline')).toThrow(/"2,048K GPUs"/);
  });
});
