import { describe, expect, it } from 'vitest';
import { facts } from '../../content/facts';
import { quantityAllowlist } from '../../content/quantity-allowlist';
import { assertFigures, fillPlaceholders, resolveSummary, strayQuantities } from '../../src/sections/figure-text';
import { findQuantities, knownQuantities, quantityKey, unknownQuantities } from '../../src/sections/quantities';
import { display } from '../../src/lib/facts';

/** The quantities of a text as "value|unit". */
const found = (text: string): string[] => findQuantities(text).map((q) => `${q.value}|${q.unit}`);

describe('finding quantities in text', () => {
  it('finds money, scales, percentages, multipliers and scientific notation', () => {
    expect(found('It cost $5.6M, then $5.576M, $2,500, $30K, $1.05B and 71% of it, 11.1× less.')).toEqual([
      '$5.6M|',
      '$5.576M|',
      '$2500|',
      '$30K|',
      '$1.05B|',
      '71%|',
      '11.1×|',
    ]);
    expect(found('V3 used about 3.3 × 10²⁴ FLOPs, Llama 3.1 405B used 3.8 × 10²⁵.')).toEqual(['3.3×10^24|flop', '3.8×10^25|']);
    expect(found('$5.6 million and 2 billion')).toEqual(['$5.6M|', '2B|']);
  });

  it('reads the unit after a number, in one spelling', () => {
    expect(
      found('2.788M GPU-hours, 2.788M GPU hours, 57 days, 1 day, 400 GB/s, 342 TFLOP/s, 1.4 kW, 14.8T tokens, 197 people, 199 entries, 4 years'),
    ).toEqual([
      '2.788M|gpu-hour',
      '2.788M|gpu-hour',
      '57|day',
      '1|day',
      '400|gb/s',
      '342|tflop/s',
      '1.4|kw',
      '14.8T|token',
      '197|people',
      '199|entry',
      '4|year',
    ]);
    expect(found('a 20,000-GPU fleet')).toEqual(['20000|gpu']);
  });

  it('counts bare numbers from four digits on, and small numbers only with a unit', () => {
    expect(found('2,048 GPUs in 8 nodes of 256 and 33,334 more; 139 authors, 1000 runs')).toEqual([
      '2048|gpu',
      '8|node',
      '33334|',
      '139|author',
      '1000|run',
    ]);
    expect(found('one of 8 in 61 layers? no: 61 and 8')).toEqual(['61|layer']);
  });

  it('splits ranges and shares what is written once', () => {
    expect(found('2–4×, $25–40K, 20K–50K, $11.2M to $22.3M, 900 to 400 GB/s, 5–14 months')).toEqual([
      '2×|',
      '4×|',
      '$25K|',
      '$40K|',
      '20K|',
      '50K|',
      '$11.2M|',
      '$22.3M|',
      '900|gb/s',
      '400|gb/s',
      '5|month',
      '14|month',
    ]);
    expect(found('327 and 342 TFLOP/s')).toEqual(['327|tflop/s', '342|tflop/s']);
    expect(found('≈ 1 year to $5.5M')).toEqual(['1|year', '$5.5M|']);
    // A list shares only its unit: the dollars stay with the first item.
    expect(found('cost $1B and 50,000 cost $1.5B')).toEqual(['$1B|', '50000|', '$1.5B|']);
  });

  it('reads a minus sign, but not a range dash, as a sign', () => {
    expect(found('a change of −3% (or -$2M)')).toEqual(['-3%|', '-$2M|']);
    expect(found('2-4×')).toEqual(['2×|', '4×|']);
  });

  it('ignores names, section references, ratios and years', () => {
    const names =
      'H800, H100, A100, FP8, BF16, V3, R1, DeepSeek-R1, GPT-4o, Claude 3.5 Sonnet, Llama 3.1 405B, Llama 3 70B, Qwen2.5 72B, Tülu 3, MATH-500, A100-equivalents';
    expect(found(names)).toEqual([]);
    expect(found('§2.5, Section 3.2.2, sections 4–5, Table 1, App. A.6, Appendix A.4, p. 5, Figure 3, 16:9 at 10:30')).toEqual([]);
    expect(found('In 2024, and by 2027; AIME 2024')).toEqual([]);
    expect(found('3D and the 2nd run')).toEqual([]);
  });
});

describe('checking quantities against the figures', () => {
  const known = knownQuantities([
    '$5.6M',
    '2.788M GPU-hours',
    '$2 per GPU-hour',
    '3.3 × 10²⁴ FLOPs',
    '57 days',
    '119K GPU-hours',
    '14.8T',
    '197',
    '2×',
    '4×',
  ]);
  const unknown = (text: string) => unknownQuantities(text, known).map(quantityKey);

  it('accepts a figure written as the page writes it, with its unit or without', () => {
    expect(
      unknown('$5.6M for 2.788M GPU-hours at $2 per GPU-hour: 3.3 × 10²⁴ FLOPs in 57 days, 119K of them, 14.8T tokens, 197 people, 2–4×.'),
    ).toEqual([]);
  });

  it('rejects another rounding, another value or another unit', () => {
    expect(unknown('$5.58M, 2.79M GPU-hours, $3 per GPU-hour, 3.2 × 10²⁴ FLOPs, 57 hours, 2–5×, 33,334 GPUs')).toEqual([
      '$5.58M',
      '2.79M gpu-hour',
      '$3',
      '3.2×10^24 flop',
      '57 hour',
      '5×',
      '33334 gpu',
    ]);
  });

  it('respects the allowlist, and a phrase it is limited to', () => {
    const allowed = [
      { quantity: '24 hour', reason: 'a day' },
      { quantity: '90%', within: '90% interval', reason: 'a confidence level' },
    ];
    expect(unknownQuantities('24 hours a day, a 90% interval, 90% of it', known, allowed).map(quantityKey)).toEqual(['90%']);
  });

  it('knows every figure of content/facts.ts as written', () => {
    for (const fact of facts.values()) expect(strayQuantities(display(fact)), fact.id).toEqual([]);
  });

  it('keeps each allowlist entry to one quantity and gives a reason', () => {
    for (const entry of quantityAllowlist) {
      expect(entry.reason.length, entry.quantity).toBeGreaterThan(10);
      if (entry.within) expect(findQuantities(entry.within).map(quantityKey), entry.within).toContain(entry.quantity);
    }
  });
});

describe('figures in section texts', () => {
  it('writes {fact.id} placeholders as the page shows the figure', () => {
    expect(fillPlaceholders('It cost {v3.cost.total} over {v3.gpuHours.total}.', 'x.mdx')).toBe('It cost $5.6M over 2.788M GPU-hours.');
    expect(fillPlaceholders('No {placeholder here', 'x.mdx')).toBe('No {placeholder here');
  });

  it('fails on an unknown placeholder id, naming the file', () => {
    expect(() => fillPlaceholders('It cost {v3.cost.totl}.', 'content/sections/01-headline.mdx (summary)')).toThrow(
      'Unknown figure id "v3.cost.totl" in content/sections/01-headline.mdx (summary)',
    );
  });

  it('resolves a summary and fails, naming the file and quoting the number, when one is typed by hand', () => {
    expect(resolveSummary('The run cost {v3.cost.total}, about {model.central.headlineShare} of a year.', 'a.mdx')).toBe(
      'The run cost $5.6M, about 1% of a year.',
    );
    expect(() => resolveSummary('The run cost $5.58M.', 'content/sections/01-headline.mdx')).toThrow(
      /^content\/sections\/01-headline\.mdx: 1 number typed by hand[\s\S]*the frontmatter summary: "\$5\.58M" \(\$5\.58M\) in "The run cost \$5\.58M\."/,
    );
  });

  it('lists every stray number of every part in one error', () => {
    expect(() =>
      assertFigures(
        [
          { part: 'the prose', text: '$1.57B and 2.79M' },
          { part: 'the slide', text: 'fine: $5.6M' },
        ],
        'f.mdx',
      ),
    ).toThrow(/f\.mdx: 2 numbers typed by hand[\s\S]*- the prose: "\$1\.57B"[\s\S]*- the prose: "2\.79M"/);
    expect(() => assertFigures([{ part: 'the slide', text: 'fine: $5.6M, 2,048 GPUs' }], 'f.mdx')).not.toThrow();
  });
});
