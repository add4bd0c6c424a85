/** The note listing address parameters the calculator ignored, written as text. */

/** Fills the notes box with one list item per note, or hides it when there are none. */
export function showNotes(box: HTMLElement, notes: string[]): void {
  const list = box.querySelector('ul') ?? box.appendChild(document.createElement('ul'));
  list.replaceChildren(
    ...notes.map((note) => {
      const item = document.createElement('li');
      item.textContent = note;
      return item;
    }),
  );
  box.hidden = notes.length === 0;
}
