/** The deck page's client entry: the shared controller, plus the back link, the counter and the speaker window. */
import { hashFor } from './address';
import { startPresentation } from './controller';
import { whileShown } from './lifecycle';

const root = document.querySelector<HTMLElement>('[data-present="deck"]');
if (root) whileShown(() => start(root));

function start(root: HTMLElement): () => void {
  const back = root.querySelector<HTMLAnchorElement>('[data-back]');
  const count = root.querySelector<HTMLElement>('[data-count]');
  const announce = root.querySelector<HTMLElement>('[data-announce]');
  let announced = false;
  return startPresentation({
    role: 'deck',
    root,
    onShow(view, state) {
      const slide = view.slides[state.index()];
      if (!slide) return;
      // The article opens at the slide's section with the estimate's settings (same parameters, same query).
      if (back && slide.dataset.article) {
        const article = new URL(slide.dataset.article, location.href);
        article.search = location.search;
        back.href = `${article.pathname}${article.search}${article.hash}`;
      }
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
  }).destroy;
}
