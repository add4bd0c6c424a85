/** Shows the slide the address names before the deck's code has loaded: the controller takes over from it. */
import { indexForHash } from './address';

/** Marks the addressed slide of `stage` `data-addressed` (shown, built); the slide view clears the mark once it runs. */
export function showAddressedSlide(stage: HTMLElement): void {
  const slides = [...stage.querySelectorAll<HTMLElement>('.slide[data-slide]')];
  const slide =
    slides[
      indexForHash(
        location.hash,
        slides.map((s) => s.dataset.slide ?? ''),
        slides.map((s) => s.dataset.step),
      ) ?? 0
    ];
  slide?.removeAttribute('data-pending');
  slide?.setAttribute('data-addressed', '');
}
