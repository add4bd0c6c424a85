/**
 * Text against the figure registry: `{fact.id}` placeholders written out as the page shows the figure, and
 * the check that every quantity in a text is some figure's formatted value (or allowlisted, with a reason).
 */
import { facts } from '../../content/facts';
import { quantityAllowlist } from '../../content/quantity-allowlist';
import { display, lookup } from '../lib/facts';
import { knownQuantities, quantityKey, unknownQuantities, type Quantity } from './quantities';

/** A `{fact.id}` placeholder: braces around a figure id (letters, digits, dots; starting with a letter). */
const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;

/** The text with each `{fact.id}` replaced by that figure as the page writes it; an unknown id throws naming `where`. */
export const fillPlaceholders = (text: string, where: string): string =>
  text.replace(PLACEHOLDER, (_, id: string) => display(lookup(facts, id, where)));

const known = knownQuantities([...facts.values()].map(display));

/** The quantities in a text that are not the formatted value of any figure (nor allowlisted). */
export const strayQuantities = (text: string): Quantity[] => unknownQuantities(text, known, quantityAllowlist);

/** A text to check, and what it is (for the message): "the slide of step headline-number", "the summary". */
export interface PartText {
  part: string;
  text: string;
}

/** A quantity in its sentence, shortened around it: …about 57 days of training… */
const excerpt = (text: string, q: Quantity): string => {
  const start = Math.max(0, q.index - 50);
  const end = Math.min(text.length, q.index + q.written.length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
};

/** Every stray quantity of the parts, one line each: `the summary: "$10M" in "…costs well over $10M a year."`. */
export function strayReport(parts: PartText[]): string[] {
  return parts.flatMap(({ part, text }) =>
    strayQuantities(text).map((q) => `${part}: "${q.written.trim()}" (${quantityKey(q)}) in "${excerpt(text, q)}"`),
  );
}

/** Throws, naming the file and quoting each, when any part holds a quantity that is not a figure. */
export function assertFigures(parts: PartText[], where: string): void {
  const lines = strayReport(parts);
  if (lines.length === 0) return;
  throw new Error(
    `${where}: ${lines.length} number${lines.length === 1 ? '' : 's'} typed by hand, not a figure from content/facts.ts. ` +
      'Write each with <Fig id="…" /> in prose and notes or {fact.id} in slide= and summary, or allow it in content/quantity-allowlist.ts with a reason:\n' +
      lines.map((line) => `  - ${line}`).join('\n'),
  );
}

/**
 * A section summary as every consumer shows it (share pages, meta tags, cards, embeds): `{fact.id}` written
 * out; fails naming the file on an unknown id or a number typed by hand.
 */
export function resolveSummary(summary: string, filePath: string): string {
  const resolved = fillPlaceholders(summary, `${filePath} (summary)`);
  assertFigures([{ part: 'the frontmatter summary', text: resolved }], filePath);
  return resolved;
}
