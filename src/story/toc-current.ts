/** The table of contents marks the section the reader is in with aria-current. */

/** Marks the link to `id` (data-toc) as current and unmarks the rest; undefined unmarks all. */
export function markTocCurrent(id: string | undefined, root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.toc a[data-toc]')) {
    if (link.dataset.toc === id) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}
