/** The overview: every slide as a thumbnail in a modal dialog; arrows move, Enter or a click picks one. */
import { overviewMove, type KeyPress } from './keys';
import { snapshot } from './snapshot';

/** A running overview. */
export interface Overview {
  isOpen: () => boolean;
  /** Opens with the focus on the current slide, or closes. */
  toggle: (current: number) => void;
  /** Handles a key while open; true when it was the overview's. */
  handleKey: (press: KeyPress) => boolean;
  destroy: () => void;
}

/** Builds the overview in `dialog` from the stage's slides; `onPick` receives the chosen index. */
export function createOverview(dialog: HTMLDialogElement, slides: HTMLElement[], onPick: (index: number) => void): Overview {
  const grid = dialog.querySelector<HTMLOListElement>('[data-overview-grid]') ?? dialog.appendChild(document.createElement('ol'));
  let buttons: HTMLButtonElement[] = [];

  const build = (): void => {
    if (buttons.length) return;
    buttons = slides.map((slide, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'overview-item';
      button.dataset.index = String(i);
      const thumb = document.createElement('span');
      thumb.className = 'overview-thumb';
      thumb.append(snapshot(slide));
      const label = document.createElement('span');
      label.className = 'overview-label';
      label.textContent = `${i + 1}. ${slide.dataset.label ?? ''}`;
      button.append(thumb, label);
      const item = document.createElement('li');
      item.append(button);
      grid.append(item);
      return button;
    });
  };

  const onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-index]');
    if (!button) return;
    dialog.close();
    onPick(Number(button.dataset.index));
  };
  dialog.addEventListener('click', onClick);

  const columns = (): number => {
    const top = buttons[0]?.offsetTop;
    const count = buttons.filter((b) => b.offsetTop === top).length;
    return Math.max(1, count);
  };

  return {
    isOpen: () => dialog.open,
    toggle(current) {
      if (dialog.open) {
        dialog.close();
        return;
      }
      build();
      buttons.forEach((b, i) => (i === current ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current')));
      dialog.showModal();
      buttons[current]?.focus();
      buttons[current]?.scrollIntoView({ block: 'nearest' });
    },
    handleKey(press) {
      if (press.key === 'o' || press.key === 'O') {
        dialog.close();
        return true;
      }
      const move = overviewMove(press, columns());
      if (move === undefined) return false;
      const at = buttons.findIndex((b) => b === document.activeElement);
      const target = move === 'first' ? 0 : move === 'last' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + move));
      buttons[target]?.focus();
      return true;
    },
    destroy() {
      dialog.removeEventListener('click', onClick);
      if (dialog.open) dialog.close();
    },
  };
}
