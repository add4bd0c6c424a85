/**
 * Numbers that may appear in slides, notes, summaries, prose and chart text without being a figure of
 * content/facts.ts, each with the reason. The build and the chart tests read this one list.
 */
import type { AllowedQuantity } from '../src/sections/quantities';

/**
 * Quantities allowed anywhere, keyed as the checker normalises them (src/sections/quantities.ts): the value
 * ("100%", "$1B", "2048"), then the singular unit after a space if any ("24 hour"); `within` limits it to a phrase.
 * Keep it short: a number that is a claim belongs in content/facts.ts.
 */
export const quantityAllowlist: readonly AllowedQuantity[] = [
  { quantity: '90%', within: '90% interval', reason: 'the confidence level of a source’s interval (Epoch AI), part of its name' },
  { quantity: '95%', within: '95% interval', reason: 'the confidence level of a source’s interval (algorithmic progress), part of its name' },
  { quantity: '95%', within: '95% CI', reason: 'the confidence level of a source’s interval (algorithmic progress), part of its name' },
  { quantity: '10K', within: '10K+ A/H100s', reason: 'Lambert’s words, quoted: the cluster size he gives for the power estimate' },
];

/** Chart text marks, by key prefix, whose numbers are a scale rather than figures. */
export const chartMarkAllowlist: readonly { keyPrefix: string; reason: string }[] = [
  { keyPrefix: 'tick-', reason: 'axis tick labels ($0, $200M, …) mark the scale; the figures are the bars and labels they measure' },
  { keyPrefix: 'scale-', reason: 'a unit chart’s legend (how many GPUs one square stands for) is a drawing scale, like an axis' },
];
