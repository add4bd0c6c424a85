/**
 * Step ids are public and permanent (`/#step-<id>`, `/s/<slug>/<id>/`, `/present/#<id>`). When a step is
 * renamed, its old id stays here, mapped to the new one, so addresses people already shared keep working.
 */
export const stepAliases: Readonly<Record<string, string>> = {
  // Renamed before the ids became public, to carry their section's slug like every other step.
  'tech-mla': 'techniques-mla',
  'tech-moe': 'techniques-moe',
  'tech-mtp': 'techniques-mtp',
  'tech-fp8': 'techniques-fp8',
  'tech-dualpipe': 'techniques-dualpipe',
  'abl-final': 'ablations-final',
  'abl-sweeps': 'ablations-sweeps',
  'abl-recipes': 'ablations-recipes',
  'abl-multiplier': 'ablations-multiplier',
};

/** The current id of a step: itself, or what an old id was renamed to. */
export const currentStepId = (id: string): string => stepAliases[id] ?? id;
