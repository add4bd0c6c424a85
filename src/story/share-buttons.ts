/** The Copy link (and, where the browser has it, Share) buttons beside each section heading and under each chart. */

const CONFIRM_MS = 4000;

/** The absolute address of a section of the page at `page`: origin and path, then #id (no query). */
export function sectionAddress(id: string, page: Pick<URL, 'origin' | 'pathname'>): string {
  return `${page.origin}${page.pathname}#${id}`;
}

/** Copies to the clipboard; false where the browser refuses (no secure context, no permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows the buttons in `root` (hidden without JavaScript) and handles them; returns the teardown. */
export function enableShareButtons(root: HTMLElement = document.body): () => void {
  const timers = new Map<Element, ReturnType<typeof setTimeout>>();
  const canShare = typeof navigator.share === 'function';
  for (const tools of root.querySelectorAll<HTMLElement>('[data-share-tools]')) tools.hidden = false;
  if (canShare) for (const button of root.querySelectorAll<HTMLElement>('[data-web-share]')) button.hidden = false;

  const confirm = (button: HTMLElement, message: string, done: boolean): void => {
    const status = button.closest('[data-share-tools]')?.querySelector<HTMLElement>('[role="status"]');
    if (!status) return;
    status.textContent = message;
    status.dataset.state = done ? 'done' : 'failed';
    clearTimeout(timers.get(status));
    timers.set(
      status,
      setTimeout(() => {
        status.textContent = '';
      }, CONFIRM_MS),
    );
  };

  const onClick = async (event: MouseEvent): Promise<void> => {
    if (!(event.target instanceof Element)) return;
    const copy = event.target.closest<HTMLElement>('[data-copy-link], [data-copy-url]');
    if (copy) {
      // A chart's button names its step's share page (data-copy-url); a section's, the section (data-copy-link).
      const chart = copy.dataset.copyUrl !== undefined;
      const url = chart
        ? new URL(copy.dataset.copyUrl ?? '', window.location.href).href
        : sectionAddress(copy.dataset.copyLink ?? '', window.location);
      const copied = await copyText(url);
      confirm(copy, copied ? (chart ? 'Link to this chart copied' : 'Link copied') : `Copy this link: ${url}`, copied);
      return;
    }
    const share = event.target.closest<HTMLElement>('[data-web-share]');
    if (share && canShare) {
      try {
        await navigator.share({ title: share.dataset.shareTitle, url: new URL(share.dataset.webShare ?? '', window.location.href).href });
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) confirm(share, 'Sharing did not work here; use Copy link', false);
      }
    }
  };
  const listener = (event: MouseEvent): void => void onClick(event);
  root.addEventListener('click', listener);
  return () => {
    root.removeEventListener('click', listener);
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
