/** A still copy of a slide for previews (overview thumbnails, the speaker's next slide): inert, no ids, no live chart. */
import { LIVE_PARTS } from './live-parts';

/** Copies a slide in its own step state, stripped of ids and live elements. */
export function snapshot(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-current');
  copy.removeAttribute('aria-roledescription');
  copy.removeAttribute('aria-label');
  copy.classList.add('slide-snapshot');
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement | SVGElement>('[id]')]) el.removeAttribute('id');
  // The copy is a picture: a plain frame instead of a second live <story-chart> drawing the same step, or a
  // second <cost-calculator> rewriting the address.
  for (const live of copy.querySelectorAll(LIVE_PARTS)) {
    const frame = document.createElement('div');
    frame.className = live.className;
    frame.append(...live.childNodes);
    live.replaceWith(frame);
  }
  copy.inert = true;
  copy.setAttribute('aria-hidden', 'true');
  return copy;
}
