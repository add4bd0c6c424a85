/** Keeps the deck and the speaker view in step across windows of one browser, through a BroadcastChannel. */

/** What one window tells the other. */
export type DeckMessage =
  /** "I am showing this slide", sent on every move made in a window and when the deck (re)opens. */
  | { type: 'position'; id: string; black: boolean }
  /** "Where is the deck?", sent by a speaker view when it opens; the deck answers with its position. */
  | { type: 'where' }
  /** "The estimate slide now holds these settings" (the calculator's query string), sent on every change. */
  | { type: 'estimate'; query: string };

/** An open channel. */
export interface DeckChannel {
  post: (message: DeckMessage) => void;
  close: () => void;
}

const isMessage = (data: unknown): data is DeckMessage => {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'where') return true;
  if (message.type === 'estimate') return typeof message.query === 'string';
  return message.type === 'position' && typeof message.id === 'string' && typeof message.black === 'boolean';
};

/** Opens the deck's channel (one per site base path); a no-op channel where BroadcastChannel is missing. */
export function openDeckChannel(base: string, onMessage: (message: DeckMessage) => void): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`deck:${base}`);
  const listener = (event: MessageEvent<unknown>): void => {
    if (isMessage(event.data)) onMessage(event.data);
  };
  channel.addEventListener('message', listener);
  return {
    post: (message) => channel.postMessage(message),
    close() {
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}
