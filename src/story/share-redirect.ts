/**
 * Share pages: sends people on to the section in the article. Link-preview crawlers run no JavaScript,
 * so they stay and read the card meta; `replace` keeps the share page out of the reader's history.
 */
const target = document.querySelector<HTMLAnchorElement>('a[data-share-target]');
if (target) window.location.replace(target.href);
