/** The slide deck as data: a title slide, one slide per step of every section in order, the live estimate, a closing slide. */

/** A step as the deck needs it (the remark plugin's StepInfo). */
export interface DeckStep {
  id: string;
  text: string;
  notes: string;
}

/** What the builder needs to know of a section. */
export interface DeckSection {
  slug: string;
  title: string;
  short: string;
  order: number;
  steps: readonly DeckStep[];
  /** Whether the section's chart is registered (a slide without one shows its text alone). */
  hasChart: boolean;
}

/** The opening slide. */
export interface TitleSlide {
  kind: 'title';
  id: 'title';
  notes: string;
}

/** One step of one section. */
export interface StepSlide {
  kind: 'step';
  /** `<slug>/<n>`, n counting the section's steps from 1: the slide's address. */
  id: string;
  section: string;
  sectionTitle: string;
  sectionShort: string;
  order: number;
  /** The step's position in its section, from 1, and the section's step count. */
  n: number;
  count: number;
  step: DeckStep;
  hasChart: boolean;
}

/** The live calculator at slide scale: the estimate the room asks about, changed during the talk. */
export interface EstimateSlide {
  kind: 'estimate';
  id: 'estimate';
  notes: string;
}

/** The closing slide: sources and the article's address. */
export interface ClosingSlide {
  kind: 'closing';
  id: 'sources';
  notes: string;
}

/** Any slide. */
export type Slide = TitleSlide | StepSlide | EstimateSlide | ClosingSlide;

/** The address of a section's n-th step slide (n from 1). */
export const stepSlideId = (slug: string, n: number): string => `${slug}/${n}`;

/** Builds the deck from the sections (sorted here by `order`); sections without steps add no slides. */
export function buildSlides(sections: readonly DeckSection[], notes: { title: string; estimate: string; closing: string }): Slide[] {
  const ordered = [...sections].sort((a, b) => a.order - b.order);
  const steps = ordered.flatMap((section) =>
    section.steps.map((step, i): StepSlide => ({
      kind: 'step',
      id: stepSlideId(section.slug, i + 1),
      section: section.slug,
      sectionTitle: section.title,
      sectionShort: section.short,
      order: section.order,
      n: i + 1,
      count: section.steps.length,
      step,
      hasChart: section.hasChart,
    })),
  );
  return [
    { kind: 'title', id: 'title', notes: notes.title },
    ...steps,
    { kind: 'estimate', id: 'estimate', notes: notes.estimate },
    { kind: 'closing', id: 'sources', notes: notes.closing },
  ];
}

/** The speaker notes of any slide. */
export const notesOf = (slide: Slide): string => (slide.kind === 'step' ? slide.step.notes : slide.notes);

/** The article anchor a slide comes from: its section, the methods (calculator, sources) for the last two, none for the title. */
export function articleAnchor(slide: Slide): string {
  if (slide.kind === 'step') return `#${slide.section}`;
  if (slide.kind === 'closing' || slide.kind === 'estimate') return '#methods';
  return '';
}
