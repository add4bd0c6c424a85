/** Where the reader is, shown everywhere it matters (the address, the table of contents, a progress bar) and kept for Back; plus share buttons. */
import { followReader } from './address-sync';
import { keepBackPosition } from './back-position';
import type { ReaderPosition } from './reader-position';
import { createReadingProgress } from './reading-progress';
import { enableShareButtons } from './share-buttons';
import { markTocCurrent } from './toc-current';

/** Starts it all for the article page over the reader's position; returns the teardown. */
export function startReaderPlace(reader: ReaderPosition): () => void {
  const teardowns = [
    followReader(reader),
    reader.onSection((id) => markTocCurrent(id)),
    createReadingProgress(reader),
    enableShareButtons(),
    keepBackPosition(),
  ];
  return () => {
    for (const teardown of teardowns) teardown();
  };
}
