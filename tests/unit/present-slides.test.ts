import { describe, expect, it } from 'vitest';
import { articleAnchor, buildSlides, notesOf, type DeckSection } from '../../src/present/slides';

const step = (id: string) => ({ id, text: `Text of ${id}.`, notes: `Notes for ${id}.` });
const sections: DeckSection[] = [
  { slug: 'peers', title: 'Peers', short: 'Peers', order: 2, steps: [step('p1'), step('p2')], hasChart: false },
  { slug: 'headline', title: 'The headline', short: 'Headline', order: 1, steps: [step('h1'), step('h2'), step('h3')], hasChart: true },
  { slug: 'methods', title: 'Methods', short: 'Methods', order: 9, steps: [], hasChart: false },
];
const notes = { title: 'Welcome.', estimate: 'Change it live.', closing: 'Questions.' };

describe('building the slide list from the sections', () => {
  it('opens with a title slide and ends with the live estimate, then the sources', () => {
    const slides = buildSlides(sections, notes);
    expect(slides[0]?.kind).toBe('title');
    expect(slides.at(-2)?.kind).toBe('estimate');
    expect(slides.at(-1)?.kind).toBe('closing');
  });

  it('gives every step one slide, sections in article order and steps in story order', () => {
    const ids = buildSlides(sections, notes).map((s) => s.id);
    expect(ids).toEqual(['title', 'headline/1', 'headline/2', 'headline/3', 'peers/1', 'peers/2', 'estimate', 'sources']);
  });

  it('adds no slide for a section without steps (methods)', () => {
    expect(buildSlides(sections, notes).some((s) => s.kind === 'step' && s.section === 'methods')).toBe(false);
  });

  it('carries the section title, the step text and its position within the section', () => {
    const slide = buildSlides(sections, notes)[2];
    expect(slide).toMatchObject({
      kind: 'step',
      sectionTitle: 'The headline',
      n: 2,
      count: 3,
      hasChart: true,
      step: { id: 'h2', text: 'Text of h2.' },
    });
  });

  it('keeps every slide id unique', () => {
    const ids = buildSlides(sections, notes).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each slide its speaker notes, the title and closing slides theirs', () => {
    const slides = buildSlides(sections, notes);
    expect(slides.map(notesOf)).toEqual([
      'Welcome.',
      'Notes for h1.',
      'Notes for h2.',
      'Notes for h3.',
      'Notes for p1.',
      'Notes for p2.',
      'Change it live.',
      'Questions.',
    ]);
  });

  it('links a step slide back to its section, the closing slide to the methods, the title to the top', () => {
    const slides = buildSlides(sections, notes);
    expect(slides.map(articleAnchor)).toEqual(['', '#headline', '#headline', '#headline', '#peers', '#peers', '#methods', '#methods']);
  });

  it('is just the title, estimate and closing slides when no section has steps', () => {
    expect(buildSlides([], notes).map((s) => s.id)).toEqual(['title', 'estimate', 'sources']);
  });
});
