/** The deck page's running part: the shared controller, plus the back link (with the estimate's settings), the counter and the speaker window. */
import { hashFor } from './address';
import { startPresentation } from './controller';

/** An article address with the deck's current query: the estimate's settings, under the same parameter names. */
function withDeckQuery(address: string): string {
  const article = new URL(address, location.href);
  article.search = location.search;
  return `${article.pathname}${article.search}${article.hash}`;
}

/** Starts the deck on its page's root; returns the teardown. */
export function startDeck(root: HTMLElement): () => void {
  const back = root.querySelector<HTMLAnchorElement>('[data-back]');
  const count = root.querySelector<HTMLElement>('[data-count]');
  const announce = root.querySelector<HTMLElement>('[data-announce]');
  let announced = false;
  // The article opens at the slide's section with the estimate as set now (it may change on this slide).
  const onBack = (): void => {
    if (back) back.href = withDeckQuery(back.href);
  };
  back?.addEventListener('click', onBack);
  const presentation = startPresentation({
    role: 'deck',
    root,
    onShow(view, state) {
      const slide = view.slides[state.index()];
      if (!slide) return;
      if (back && slide.dataset.article) back.href = withDeckQuery(slide.dataset.article);
      if (count) count.textContent = `${state.index() + 1} / ${view.slides.length}`;
      // Screen readers hear each move, not the page load.
      if (announce && announced) announce.textContent = state.black() ? 'Screen black' : (slide.getAttribute('aria-label') ?? '');
      announced = true;
    },
    onAction(action, state, view) {
      if (action !== 'speaker') return;
      const href = `${root.dataset.speakerHref ?? 'speaker/'}${location.search}${hashFor(view.ids[state.index()] ?? '')}`;
      window.open(href, 'deck-speaker-view', 'popup,width=1280,height=800');
    },
  });
  return () => {
    back?.removeEventListener('click', onBack);
    presentation.destroy();
  };
}
