/**
 * The deck page's client entry. It shows the slide the address names at once, then loads the deck's code (the
 * controller, the charts it draws with, the estimate's calculator), so the first paint does not wait for it.
 */
import { showAddressedSlide } from './first-slide';
import { whileShown } from './lifecycle';

const root = document.querySelector<HTMLElement>('[data-present="deck"]');
const stage = root?.querySelector<HTMLElement>('[data-stage]');
if (root && stage) {
  showAddressedSlide(stage);
  void import('./deck-start').then(({ startDeck }) => whileShown(() => startDeck(root)));
}
// The deck's offline copy, once the page has loaded (it would compete with the first paint).
window.addEventListener('load', () => void import('../offline/deck-offline'), { once: true });
