/**
 * A remark plugin that checks every section at build time and lifts its steps into frontmatter:
 * an unknown figure id, a step its chart does not define, a step without notes, or a number typed by
 * hand (not a figure) in the prose, a slide= text or the notes fails the build with a message naming
 * the MDX file. `{fact.id}` placeholders in slide= are written out. The lifted steps feed the slide deck.
 */
import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { chartSteps } from '../charts/steps';
import { facts } from '../../content/facts';
import { display, lookup } from '../lib/facts';
import { assertFigures, fillPlaceholders, type PartText } from './figure-text';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

/** A step as the slide deck sees it. */
export interface StepInfo {
  id: string;
  /** The step's text with figures written out (or its `slide` attribute, a condensed form). */
  text: string;
  /** What to say when presenting it. */
  notes: string;
  /** The step's prose as the reader sees it (never the `slide` text): its first sentence describes a shared step. */
  prose: string;
}

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const isJsx = (node: AnyNode): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The literal string value of a JSX attribute; an expression or a missing attribute is an error. */
function attribute(node: JsxNode, name: string, where: string, required = true): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) {
    if (required) throw new Error(`${where}: <${node.name}> needs a ${name}="…" attribute`);
    return undefined;
  }
  if (typeof attr.value !== 'string' || !attr.value.trim()) throw new Error(`${where}: <${node.name}> ${name} must be a plain string`);
  return attr.value;
}

/** Plain text of a node, with <Fig> written as its figure and <Notes> left out. */
function plainText(node: AnyNode, where: string): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsx(node) && node.name === 'Notes') return '';
  if (isJsx(node) && node.name === 'Fig') return display(lookup(facts, attribute(node, 'id', where) ?? '', where));
  if (!('children' in node)) return '';
  const separator = node.type === 'root' || isJsx(node) ? '\n\n' : '';
  return (node.children as AnyNode[])
    .map((child) => plainText(child, where))
    .filter(Boolean)
    .join(separator);
}

/** Inline text of a paragraph, heading or table cell as the reader sees it: <Fig> written out, code left out. */
function inlineText(node: AnyNode, where: string): string {
  if (node.type === 'text') return node.value;
  if (isJsx(node) && node.name === 'Fig') return display(lookup(facts, attribute(node, 'id', where) ?? '', where));
  if (!('children' in node) || (isJsx(node) && node.name === 'Notes')) return '';
  return (node.children as AnyNode[]).map((child) => inlineText(child, where)).join('');
}

/** Every block of reading text in the tree, named by where it sits: the prose, a step's text or its notes. */
function readingTexts(node: AnyNode, where: string, part = 'the prose'): PartText[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return [{ part, text: inlineText(node, where) }];
  if (!('children' in node)) return [];
  let inner = part;
  if (isJsx(node) && node.name === 'Step') inner = `the text of step "${attribute(node, 'id', where)}"`;
  if (isJsx(node) && node.name === 'Notes') inner = part.replace(/^the text of/, 'the <Notes> of');
  return (node.children as AnyNode[]).flatMap((child) => readingTexts(child, where, inner));
}

/** Checks one section file (steps, figure ids, typed numbers) and returns its steps. Exported for tests. */
export function collectSteps(tree: Root, where: string, slug: string): StepInfo[] {
  const steps: StepInfo[] = [];
  const slides: PartText[] = [];
  visit(tree, (node: AnyNode) => {
    if (!isJsx(node)) return;
    if (node.name === 'Fig') lookup(facts, attribute(node, 'id', where) ?? '', where);
    if (node.name !== 'Step') return;
    const id = attribute(node, 'id', where) ?? '';
    const notes = node.children.find((child) => isJsx(child) && child.name === 'Notes');
    if (!notes) throw new Error(`${where}: step "${id}" has no <Notes> for the speaker`);
    const prose = plainText(node, where);
    const slide = attribute(node, 'slide', where, false);
    const text = slide === undefined ? prose : fillPlaceholders(slide, `${where} (slide= of step "${id}")`);
    if (slide !== undefined) slides.push({ part: `the slide= text of step "${id}"`, text });
    const notesText = (notes as JsxNode).children.map((child) => plainText(child, where)).join('\n\n');
    steps.push({ id, text: text.trim(), notes: notesText.trim(), prose: prose.trim() });
  });
  const defined: readonly string[] = slug in chartSteps ? chartSteps[slug as keyof typeof chartSteps] : [];
  for (const step of steps) {
    if (!defined.includes(step.id)) {
      throw new Error(`${where}: step id "${step.id}" is not defined by the ${slug} chart (it defines: ${defined.join(', ') || 'no steps'})`);
    }
  }
  const authored = steps.map((s) => s.id).join(',');
  if (authored !== defined.join(',')) {
    throw new Error(`${where}: steps must be ${defined.join(', ') || 'none'} in that order, each once (found: ${authored || 'none'})`);
  }
  assertFigures([...readingTexts(tree, where), ...slides], where);
  return steps;
}

/** The remark plugin: validates the file and stores its steps in frontmatter as `steps`. */
export default function remarkSections() {
  return (tree: Root, file: VFileLike) => {
    const where = file.path ? relative(process.cwd(), file.path) : 'an MDX file';
    const frontmatter = file.data.astro?.frontmatter;
    if (!frontmatter) return;
    frontmatter.steps = collectSteps(tree, where, typeof frontmatter.slug === 'string' ? frontmatter.slug : '');
  };
}
