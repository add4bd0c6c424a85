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
      if (back && slide.dataset.article) back.href = slide.dataset.article;
      if (count) count.textContent = `${state.index() + 1} / ${view.slides.length}`;
      // Screen readers hear each move, not the page load.
      if (announce && announced) announce.textContent = state.black() ? 'Screen black' : (slide.getAttribute('aria-label') ?? '');
      announced = true;
    },
    onAction(action, state, view) {
      if (action !== 'speaker') return;
      const href = `${root.dataset.speakerHref ?? 'speaker/'}${hashFor(view.ids[state.index()] ?? '')}`;
      window.open(href, 'deck-speaker-view', 'popup,width=1280,height=800');
    },
  }).destroy;
}
