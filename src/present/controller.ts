/**
 * The presentation controller, shared by the deck and the speaker view: keys and buttons pick a slide,
 * the deck state moves, the stage shows it, the address follows, and the other window is told.
 */
import { hashFor, indexForHash } from './address';
import { createDeckState, type DeckChange, type DeckState } from './deck-state';
import { linkEstimate } from './estimate-link';
import { actionForKey, isDeckAction, keyInControl, type DeckAction, type SlideControl } from './keys';
import { createOverview } from './overview';
import { createSlideBuilder } from './slide-build';
import { createSlideView, type SlideView } from './slide-view';
import { fitStage } from './stage-fit';
import { onSwipe } from './swipe';
import { openDeckChannel } from './sync';

/** Which window this is. */
export type PresentRole = 'deck' | 'speaker';

/** What a page adds on top of the shared behaviour. */
export interface PresentOptions {
  role: PresentRole;
  /** The element holding the stage box, dialogs and controls (`data-base` names the site's base path). */
  root: HTMLElement;
  /** Called after every change, and once at the start. */
  onShow?: (view: SlideView, state: DeckState) => void;
  /** Handles an action the shared controller leaves to the page (the speaker window, for the deck). */
  onAction?: (action: DeckAction, state: DeckState, view: SlideView) => void;
}

/** A running presentation. */
export interface Presentation {
  view: SlideView;
  state: DeckState;
  destroy: () => void;
}

const required = <T extends Element>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`present: missing ${selector}`);
  return el;
};

function toggleFullscreen(): void {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  // Refused outside a user gesture or in a frame without permission: nothing to do.
  request.catch(() => undefined);
}

/** The kind of form control an event target is, when it is one on the stage (the estimate slide's). */
function controlOn(stage: HTMLElement, target: EventTarget | null): SlideControl | undefined {
  if (!(target instanceof HTMLElement) || !stage.contains(target)) return undefined;
  if (target instanceof HTMLButtonElement) return 'button';
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? 'field' : undefined;
}

/** Starts the deck or the speaker view on `root`. */
export function startPresentation({ role, root, onShow, onAction }: PresentOptions): Presentation {
  const box = required<HTMLElement>(root, '[data-stage-box]');
  const stage = required<HTMLElement>(root, '[data-stage]');
  const help = required<HTMLDialogElement>(root, '[data-help]');
  const black = root.querySelector<HTMLElement>('[data-black]');
  const view = createSlideView(stage);
  const state = createDeckState(view.ids.length, indexForHash(location.hash, view.ids, view.steps) ?? 0);
  const builder = createSlideBuilder(stage, view.slides);
  const teardowns: (() => void)[] = [() => builder.destroy()];

  const channel = openDeckChannel(root.dataset.base ?? '/', (message) => {
    if (message.type === 'where') {
      if (role !== 'deck') return;
      post();
      postEstimate(estimate.current());
      return;
    }
    if (message.type === 'estimate') {
      estimate.receive(message.query);
      return;
    }
    const index = view.ids.indexOf(message.id);
    if (index >= 0) state.go(index, 'step', false);
    state.setBlack(message.black, false);
  });
  const post = (): void => channel.post({ type: 'position', id: view.ids[state.index()] ?? '', black: state.black() });
  teardowns.push(() => channel.close());
  const postEstimate = (query: string | undefined): void => {
    if (query !== undefined) channel.post({ type: 'estimate', query });
  };
  const estimate = linkEstimate(stage, postEstimate);
  teardowns.push(() => estimate.destroy());

  const render = (change?: DeckChange): void => {
    if (change && change.from !== change.to) {
      builder.around(change.to, false);
      view.show(change.from, change.to, change.animate);
    }
    if (black) black.hidden = !state.black();
    const id = view.ids[state.index()];
    if (id !== undefined && location.hash !== hashFor(id)) history.replaceState(history.state, '', hashFor(id));
    onShow?.(view, state);
  };
  teardowns.push(
    state.subscribe((change) => {
      render(change);
      if (change.local) post();
    }),
  );

  const overviewDialog = root.querySelector<HTMLDialogElement>('[data-overview]');
  const overview = overviewDialog ? createOverview(overviewDialog, view.slides, (i) => state.go(i, 'jump')) : undefined;
  if (overview) teardowns.push(() => overview.destroy());

  const dispatch = (action: DeckAction): void => {
    const at = state.index();
    switch (action) {
      case 'next':
        return state.go(at + 1, 'step');
      case 'previous':
        return state.go(at - 1, 'step');
      case 'first':
        return state.go(0, 'jump');
      case 'last':
        return state.go(view.ids.length - 1, 'jump');
      case 'black':
        return state.setBlack(!state.black());
      case 'fullscreen':
        return toggleFullscreen();
      case 'overview':
        // Its thumbnails are copies of the slides: every one must be built first.
        if (overview && !overview.isOpen()) builder.all();
        return overview?.toggle(at);
      case 'help':
        return help.open ? help.close() : help.showModal();
      default:
        return onAction?.(action, state, view);
    }
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    if (help.open) {
      // Escape closes the dialog by itself; '?' toggles it.
      if (event.key === '?') {
        event.preventDefault();
        help.close();
      }
      return;
    }
    if (overview?.isOpen()) {
      if (overview.handleKey(event)) event.preventDefault();
      return;
    }
    const control = controlOn(stage, event.target);
    const inControl = control && keyInControl(event, control);
    if (inControl === 'control') return;
    if (inControl === 'leave' || inControl === 'leave-then-deck') (event.target as HTMLElement).blur();
    if (inControl === 'leave') {
      event.preventDefault();
      return;
    }
    const action = actionForKey(event);
    if (!action) return;
    event.preventDefault();
    dispatch(action);
  };
  document.addEventListener('keydown', onKey);
  teardowns.push(() => document.removeEventListener('keydown', onKey));

  const onClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (isDeckAction(action)) dispatch(action);
    else if (black && target && black.contains(target)) state.setBlack(false);
  };
  root.addEventListener('click', onClick);
  teardowns.push(() => root.removeEventListener('click', onClick));

  const onHash = (): void => {
    const index = indexForHash(location.hash, view.ids, view.steps);
    if (index !== undefined) state.go(index, 'jump');
  };
  window.addEventListener('hashchange', onHash);
  teardowns.push(() => window.removeEventListener('hashchange', onHash));

  teardowns.push(fitStage(box, stage));
  teardowns.push(onSwipe(box, (direction) => dispatch(direction > 0 ? 'next' : 'previous')));
  // The slide on screen and its neighbours first; the rest when the browser is idle, or when asked for.
  builder.around(state.index(), true);
  // Text is fitted in the faces it is drawn in: it is fitted again whenever a web face arrives, one of the first
  // slides' or, later, one that only a slide built since uses (a slide not yet built loads no font). When the media
  // changes (printing), Chromium makes new objects for the faces already in and reports them loaded again: a face is
  // known by what it is, not by its object, and those change nothing.
  const faceKey = (face: FontFace): string => [face.family, face.style, face.weight, face.stretch, face.unicodeRange].join('/');
  const facesIn = new Set([...document.fonts].filter((face) => face.status === 'loaded').map(faceKey));
  const onFontsLoaded = (event: FontFaceSetLoadEvent): void => {
    const arrived = event.fontfaces.map(faceKey).filter((key) => !facesIn.has(key));
    for (const key of arrived) facesIn.add(key);
    if (arrived.length > 0) builder.refit(state.index());
  };
  document.fonts.addEventListener('loadingdone', onFontsLoaded);
  teardowns.push(() => document.fonts.removeEventListener('loadingdone', onFontsLoaded));
  // The site's web faces come in already loaded, after the first paint (src/fonts/web-faces.ts), with a mark on <html>
  // instead of an event.
  const webFaces = new MutationObserver(() => builder.refit(state.index()));
  webFaces.observe(document.documentElement, { attributeFilter: ['data-web-faces'] });
  teardowns.push(() => webFaces.disconnect());

  view.show(-1, state.index(), false);
  render();
  // The deck tells an open speaker view where it is; a speaker view asks the deck.
  if (role === 'deck') post();
  else channel.post({ type: 'where' });

  return {
    view,
    state,
    destroy() {
      for (const teardown of teardowns.splice(0).reverse()) teardown();
    },
  };
}
