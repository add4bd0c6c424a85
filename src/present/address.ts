/** Slide addresses: `/present/#<slug>/<n>` names a slide; the hash is read on load and written on every move. */
import { currentStepId } from '../charts/step-aliases';
import { chartSteps } from '../charts/steps';
import { stepSlideId } from './slides';

/** The hash that names a slide id. */
export const hashFor = (id: string): string => `#${id}`;

/** The slide id (`<slug>/<n>`) of a step id, or of an old id of one (the alias map); undefined for anything else. */
function slideOfStep(raw: string): string | undefined {
  const id = currentStepId(raw);
  for (const [slug, ids] of Object.entries(chartSteps)) {
    const n = ids.indexOf(id);
    if (n >= 0) return stepSlideId(slug, n + 1);
  }
  return undefined;
}

/**
 * The index of the slide a hash names, given the deck's slide ids in order.
 * An empty hash is the first slide; a step id (or an old alias of one) is that step's slide; `#<slug>` alone is the section's first step; a step number past the
 * section's end is its last step; anything else unknown gives undefined.
 */
export function indexForHash(hash: string, ids: readonly string[]): number | undefined {
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
  const step = ids.indexOf(slideOfStep(raw) ?? '');
  if (step >= 0) return step;
  const match = /^([\w-]+)(?:\/(\d+))?$/.exec(raw);
  if (!match) return undefined;
  const [, slug, n] = match;
  const inSection = ids.flatMap((id, i) => (id.startsWith(`${slug}/`) ? [i] : []));
  if (!inSection.length) return undefined;
  const wanted = Math.max(1, Number(n ?? 1));
  return inSection[Math.min(wanted, inSection.length) - 1];
}
