import { describe, expect, it } from 'vitest';
import { sources } from '../../content/sources';
import { chartFor } from '../../src/charts/index';
import { stepAliases } from '../../src/charts/step-aliases';
import { checkStepAliases, checkUniqueStepIds } from '../../src/charts/step-ids';
import { chartSteps } from '../../src/charts/steps';
import type { Mark } from '../../src/charts/types';
import { display } from '../../src/lib/facts';
import { figure } from '../../src/lib/figure';
import { siteAuthor } from '../../src/lib/site';
import { indexForHash } from '../../src/present/address';
import { citationBibtex, citationCsl, pageCitation } from '../../src/share/citation';
import { shownFacts, sourceLine, stepCsv } from '../../src/share/step-data';
import { chartTitleAt, firstSentence } from '../../src/share/step-text';
import { renamedStepHash } from '../../src/story/step-address';

const allSteps = Object.entries(chartSteps).flatMap(([slug, ids]) => ids.map((step) => ({ slug, step })));
const text = (key: string, s: string): Mark => ({ kind: 'text', key, tone: 'ink', x: 0, y: 0, text: s });

describe('step ids', () => {
  it('a duplicated id fails, naming the file it is in and the one it is also in', () => {
    expect(() =>
      checkUniqueStepIds([
        { where: 'a.mdx', ids: ['x-1', 'x-2'] },
        { where: 'b.mdx', ids: ['y-1', 'x-2'] },
      ]),
    ).toThrow('b.mdx: duplicate step id "x-2" (also in a.mdx)');
    expect(() => checkUniqueStepIds([{ where: 'a.mdx', ids: ['x-1', 'x-1'] }])).toThrow('a.mdx: duplicate step id "x-1"');
    expect(() =>
      checkUniqueStepIds([
        { where: 'a.mdx', ids: ['x-1'] },
        { where: 'b.mdx', ids: ['y-1'] },
      ]),
    ).not.toThrow();
  });

  it('the step tables hold each id once', () => {
    const ids = allSteps.map((s) => s.step);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an alias must point at a current id and must not shadow one', () => {
    expect(() => checkStepAliases({ old: 'gone' }, ['now'], 'aliases.ts')).toThrow('aliases.ts: alias "old" points at "gone"');
    expect(() => checkStepAliases({ now: 'other' }, ['now', 'other'], 'aliases.ts')).toThrow('aliases.ts: "now" is a current step id');
    for (const target of Object.values(stepAliases)) expect(allSteps.map((s) => s.step)).toContain(target);
  });

  it('the article rewrites an old step address to the current id, and leaves current ones alone', () => {
    const [old, now] = Object.entries(stepAliases)[0] ?? ['', ''];
    expect(renamedStepHash(`#step-${old}`)).toBe(`#step-${now}`);
    expect(renamedStepHash(`#step-${now}`)).toBeUndefined();
    expect(renamedStepHash(`#${old}`)).toBeUndefined();
    expect(renamedStepHash('#step-%E0%A4%A')).toBeUndefined();
  });

  it('the deck opens a step id, or an old one, on that step’s slide', () => {
    const ids = ['title', ...Object.entries(chartSteps).flatMap(([slug, steps]) => steps.map((_, i) => `${slug}/${i + 1}`)), 'sources'];
    const steps = [undefined, ...Object.values(chartSteps).flat(), undefined];
    expect(ids[indexForHash('#cluster-capex', ids, steps) ?? -1]).toBe(`cluster/${chartSteps.cluster.indexOf('cluster-capex') + 1}`);
    const [old, now] = Object.entries(stepAliases)[0] ?? ['', ''];
    const slug = allSteps.find((s) => s.step === now)?.slug ?? '';
    expect(ids[indexForHash(`#${old}`, ids, steps) ?? -1]).toBe(`${slug}/${chartSteps[slug as keyof typeof chartSteps].indexOf(now) + 1}`);
    expect(indexForHash('#no-such-step', ids, steps)).toBeUndefined();
  });
});

describe('the words of a shared step', () => {
  it('every chart draws a title at every step', () => {
    for (const { slug, step } of allSteps) {
      const chart = chartFor(slug);
      expect(chart, slug).toBeDefined();
      if (chart) expect(chartTitleAt(chart, step).length, step).toBeGreaterThan(8);
    }
  });

  it('takes the first sentence, not stopping inside a number or before a lower-case word', () => {
    expect(firstSentence('The run cost $5.6M in rented time, as reported by DeepSeek in its own paper. Then came more.')).toBe(
      'The run cost $5.6M in rented time, as reported by DeepSeek in its own paper.',
    );
    expect(firstSentence('Today the answer to “what did V3 cost?” is longer than the famous number suggests. Next.')).toBe(
      'Today the answer to “what did V3 cost?” is longer than the famous number suggests.',
    );
  });

  it('lets a short lead-in take the sentence after it', () => {
    expect(firstSentence('Now price it. At $30K a GPU the chips alone are worth over a billion dollars. More.')).toBe(
      'Now price it. At $30K a GPU the chips alone are worth over a billion dollars.',
    );
  });
});

describe('the numbers a step shows', () => {
  it('are the figures the layout read that appear in its text, as written', () => {
    const cost = figure('v3.cost.total');
    const gpus = figure('v3.clusterGpus');
    const marks = [text('a', `The run: ${display(cost)}`), text('b', `${display(gpus)} H800 GPUs`)];
    const shown = shownFacts(marks, new Set(['v3.cost.total', 'v3.clusterGpus', 'v3.gpusPerNode']));
    expect(shown.map((f) => f.id)).toEqual(expect.arrayContaining(['v3.cost.total', 'v3.clusterGpus']));
    expect(shown.map((f) => f.id)).not.toContain('v3.gpusPerNode');
    // A figure the layout did not read is not listed, even if its text matches.
    expect(shownFacts(marks, new Set(['v3.clusterGpus'])).map((f) => f.id)).toEqual([gpus.id]);
  });

  it('does not find a number inside a longer one', () => {
    expect(shownFacts([text('a', `1${display(figure('v3.clusterGpus'))} GPUs`)], new Set(['v3.clusterGpus']))).toEqual([]);
  });

  it('names each source once, and writes CSV rows with the source and locator', () => {
    const shown = [figure('v3.cost.total'), figure('v3.clusterGpus')];
    expect(sourceLine(shown)).toBe(`Source: ${sources['ds-v3'].author}, ${sources['ds-v3'].title}`);
    const [header, ...rows] = stepCsv(shown, 'https://example.org/#methods').trim().split('\r\n');
    expect(header?.split(',')).toContain('source_url');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(sources['ds-v3'].url);
  });

  it('names the sources behind a figure computed here, and points its CSV row at the methods section', () => {
    const shown = [figure('v3.clusterGpuCost')];
    expect(sourceLine(shown)).toContain(sources['ds-v3'].title);
    expect(sourceLine(shown)).toContain(sources.lambert.title);
    expect(sourceLine(shown)).toContain('arithmetic and assumptions of this page');
    expect(stepCsv(shown, 'https://example.org/sub/#methods')).toContain(',https://example.org/sub/#methods,');
  });
});

describe('the page’s citation', () => {
  const citation = pageCitation('https://example.org/sub/', new Date('2026-11-30T10:00:00Z'));

  it('cites the site, never Lambert, as author, with the date and address', () => {
    expect(citation.author).toBe(siteAuthor);
    expect(siteAuthor).not.toMatch(/Lambert/);
    const [item] = citationCsl(citation) as { author: unknown; issued: unknown; URL: string; note: string }[];
    expect(item?.author).toEqual([{ literal: siteAuthor }]);
    expect(item?.issued).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(item?.URL).toBe('https://example.org/sub/');
    expect(item?.note).toContain(sources.lambert.title);
  });

  it('writes BibTeX with the title braced and special characters escaped', () => {
    const bib = citationBibtex({ ...citation, title: 'A {braced} title' });
    expect(bib).toMatch(/^@misc\{deepseekv3cost2026,\n/);
    expect(bib).toContain('title = {{A \\{braced\\} title}},');
    expect(bib).toContain('date = {2026-11-30},');
    expect(bib).toContain('url = {https://example.org/sub/},');
  });
});
