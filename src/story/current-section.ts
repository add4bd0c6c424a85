/** Which section the reader is in: the last whose heading has passed the reading line (the last one at the page's end). */
import { READING_LINE } from './step-controller';

/** Called with the current section's id, or undefined above the first section; only on change. */
export type SectionListener = (id: string | undefined) => void;

/**
 * The index of the current section from its headings' tops (viewport px, document order), or -1 above the first.
 * At the very end of the page the last section counts as reached even if its heading cannot scroll up to the line.
 */
export function currentIndex(headingTops: readonly number[], line: number, atEnd: boolean): number {
  if (atEnd && headingTops.length > 0 && (headingTops[headingTops.length - 1] ?? Infinity) < line * 2) return headingTops.length - 1;
  let found = -1;
  for (const [i, top] of headingTops.entries()) {
    if (top <= line) found = i;
    else break;
  }
  return found;
}

/** Watches the scroll position (once per frame at most) and reports the current section; returns the teardown. */
export function watchCurrentSection(sections: HTMLElement[], listener: SectionListener): () => void {
  const headings = sections.map((section) => section.querySelector<HTMLElement>('h2') ?? section);
  let reported: string | undefined | null = null;
  let frame = 0;

  const measure = (): void => {
    frame = 0;
    const root = document.documentElement;
    const atEnd = window.scrollY > 0 && Math.ceil(window.scrollY + window.innerHeight) >= root.scrollHeight - 2;
    const tops = headings.map((heading) => heading.getBoundingClientRect().top);
    const id = sections[currentIndex(tops, window.innerHeight * READING_LINE, atEnd)]?.id;
    if (id === reported) return;
    reported = id;
    listener(id);
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(measure);
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}
