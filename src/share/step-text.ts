/** The words a shared step is known by: the chart's title at that step and the first sentence of its prose. */
import type { Chart, Size, TextMark } from '../charts/types';

/** The size charts are laid out at for their title: wide, so a title that adapts to width is in its full form. */
const TITLE_SIZE: Size = { width: 960, height: 540 };
const titleKey = /^title(-\d+)?$/;

/** The title a chart draws at a step (its `title`, `title-2`, … text marks, joined); throws if it draws none. */
export function chartTitleAt(chart: Chart, step: string): string {
  const lines = chart
    .layout({ step, progress: 1 }, TITLE_SIZE)
    .filter((mark): mark is TextMark => mark.kind === 'text' && titleKey.test(mark.key) && (mark.opacity ?? 1) > 0);
  const title = lines
    .map((mark) => mark.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title) throw new Error(`src/charts/${chart.slug}.ts: step "${step}" draws no title (a text mark keyed "title")`);
  return title;
}

/** A lead shorter than this ("Now price it.") says too little alone in a link preview: the next sentence joins it. */
const SHORT_LEAD = 60;

/**
 * The first sentence of a text, whitespace collapsed (Intl.Segmenter, so "$5.6M" does not end one). A break the
 * segmenter makes before a lower-case word (after a quoted question) is not an end; a short lead takes the next sentence.
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(flat)) {
    const continues = /^\s*[a-z]/.test(segment);
    if (out && !continues && out.trim().length >= SHORT_LEAD) break;
    out += segment;
  }
  return out.trim();
}
