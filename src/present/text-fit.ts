/** Shrinks a slide's text until it fits its box: long steps stay whole on the slide, never cut off. */

const MIN_PX = 13;

/** Fits every `[data-fit]` element under root by lowering its font size a pixel at a time. */
export function fitText(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-fit]')) {
    el.style.removeProperty('font-size');
    let size = parseFloat(getComputedStyle(el).fontSize);
    while (el.scrollHeight > el.clientHeight + 1 && size > MIN_PX) {
      size -= 1;
      el.style.fontSize = `${size}px`;
    }
  }
}
