/** The nine sections in order. Slugs are permanent public anchors: never rename one. */
export const sectionSlugs = ['headline', 'peers', 'techniques', 'ablations', 'cluster', 'staff', 'annual', 'outlook', 'methods'] as const;

/** A section's permanent slug. */
export type SectionSlug = (typeof sectionSlugs)[number];
