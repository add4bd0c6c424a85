/** Where the reader is, shown everywhere it matters (the address, the table of contents, a progress bar) and kept for Back; plus share buttons. */
import { createAddressSync } from './address-sync';
import { keepBackPosition } from './back-position';
import { watchCurrentSection } from './current-section';
import { createReadingProgress } from './reading-progress';
import { enableShareButtons } from './share-buttons';
import { markTocCurrent } from './toc-current';

/** Starts it all for the article page; returns the teardown. */
export function startReaderPlace(): () => void {
  const main = document.querySelector<HTMLElement>('main');
  const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
  const address = createAddressSync();
  const teardowns = [
    watchCurrentSection(sections, (id) => {
      address.update(id);
      markTocCurrent(id);
    }),
    () => address.destroy(),
    main ? createReadingProgress(main) : () => undefined,
    enableShareButtons(),
    keepBackPosition(),
  ];
  return () => {
    for (const teardown of teardowns) teardown();
  };
}
