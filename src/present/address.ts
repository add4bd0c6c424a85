/** Slide addresses: `/present/#<slug>/<n>` names a slide; the hash is read on load and written on every move. */
import { currentStepId } from '../charts/step-aliases';

/** The hash that names a slide id. */
export const hashFor = (id: string): string => `#${id}`;

/**
 * The index of the slide a hash names, given the deck's slide ids in order and the step each slide shows (read from
 * the page, so the deck's first script needs no chart code).
 * An empty hash is the first slide; a step id (or an old alias of one) is that step's slide; `#<slug>` alone is the section's first step; a step number past the
 * section's end is its last step; anything else unknown gives undefined.
 */
export function indexForHash(hash: string, ids: readonly string[], steps: readonly (string | undefined)[] = []): number | undefined {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape: match the text as written.
  }
  raw = raw.replace(/\/+$/, '');
  if (!raw) return ids.length ? 0 : undefined;
  const exact = ids.indexOf(raw);
  if (exact >= 0) return exact;
  // A step's public id (`/present/#cluster-capex`), as in the article's `/#step-<id>`.
  const step = steps.indexOf(currentStepId(raw));
  if (step >= 0) return step;
  const match = /^([\w-]+)(?:\/(\d+))?$/.exec(raw);
  if (!match) return undefined;
  const [, slug, n] = match;
  const inSection = ids.flatMap((id, i) => (id.startsWith(`${slug}/`) ? [i] : []));
  if (!inSection.length) return undefined;
  const wanted = Math.max(1, Number(n ?? 1));
  return inSection[Math.min(wanted, inSection.length) - 1];
}
