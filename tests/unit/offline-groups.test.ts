import { describe, expect, it } from 'vitest';
import { deckCachePrefix, isDeckList } from '../../src/offline/deck-list';
import { offlineGroups } from '../../src/offline/groups';
import { builtPath, filesLoadedBy } from '../../src/offline/reach';

/** A small build: the article, the deck, the speaker view, their chunks, a font named in JS, a card. */
const build = (deckChunk = 'console.log(1)'): Record<string, string> => ({
  'index.html':
    '<link rel="icon" href="/sub/favicon.svg"><style>@font-face{src:url(/sub/_astro/a.woff2)}</style><script type="module" src="/sub/_astro/page.js"></script><meta property="og:image" content="https://x.org/sub/cards/home.png"><a href="/sub/present/">Talk</a><img src="/sub/cards/home.png">',
  'present/index.html': '<script type="module" src="/sub/_astro/deck.js"></script><link rel="icon" href="/sub/favicon.svg">',
  'present/speaker/index.html': '<script type="module" src="/sub/_astro/speaker.js"></script>',
  '_astro/page.js': 'import"./shared.js";const f=`/sub/_astro/italic.woff2`;',
  '_astro/deck.js': `import"./shared.js";import"./deck-only.js";${deckChunk}`,
  '_astro/speaker.js': 'import"./deck-only.js";',
  '_astro/shared.js': '',
  '_astro/deck-only.js': '',
  '_astro/a.woff2': 'binary',
  '_astro/italic.woff2': 'binary',
  'favicon.svg': '<svg/>',
  'cards/home.png': 'png',
  'manifest.webmanifest': '{}',
  'icons/192.png': 'png',
  'icons/512.png': 'png',
});

describe('filesLoadedBy', () => {
  it('follows tags, styles and JavaScript imports and strings, but not links to other pages', () => {
    const files = build();
    expect(filesLoadedBy('index.html', '/sub/', (p) => files[p]).sort()).toEqual([
      '_astro/a.woff2',
      '_astro/italic.woff2',
      '_astro/page.js',
      '_astro/shared.js',
      'cards/home.png',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('resolves addresses under the base only', () => {
    expect(builtPath('/sub/present/', 'index.html', '/sub/')).toBe('present/index.html');
    expect(builtPath('./b.js', '_astro/a.js', '/sub/')).toBe('_astro/b.js');
    expect(builtPath('/other/x.js', 'index.html', '/sub/')).toBeUndefined();
    expect(builtPath('https://x.org/sub/a.js', 'index.html', '/sub/')).toBeUndefined();
  });
});

describe('offlineGroups', () => {
  it('puts the article and install files in the shell, what only the deck pages load in the deck group, and no card anywhere', () => {
    const files = build();
    const groups = offlineGroups('/sub/', (p) => files[p]);
    expect(groups.shell).toContain('index.html');
    expect(groups.shell).toContain('icons/512.png');
    expect(groups.shell).toContain('_astro/shared.js');
    expect(groups.deck.sort()).toEqual([
      '_astro/deck-only.js',
      '_astro/deck.js',
      '_astro/speaker.js',
      'present/index.html',
      'present/speaker/index.html',
    ]);
    expect([...groups.shell, ...groups.deck].filter((p) => p.startsWith('cards/'))).toEqual([]);
  });

  it('gives the deck a new version when a deck file changes, and the same one otherwise', () => {
    const first = build();
    const changed = build('console.log(2)');
    const version = (files: Record<string, string>): string => offlineGroups('/sub/', (p) => files[p]).deckVersion;
    expect(version(first)).toBe(version(build()));
    expect(version(changed)).not.toBe(version(first));
  });

  it('names the file a build lacks', () => {
    const files = build();
    delete files['present/speaker/index.html'];
    expect(() => offlineGroups('/sub/', (p) => files[p])).toThrow(/present\/speaker\/index\.html/);
  });
});

describe('isDeckList', () => {
  it('accepts a list for this base only', () => {
    expect(isDeckList({ cacheName: `${deckCachePrefix('/sub/')}abc`, urls: ['/sub/present/'] }, '/sub/')).toBe(true);
    expect(isDeckList({ cacheName: `${deckCachePrefix('/')}abc`, urls: [] }, '/sub/')).toBe(false);
    expect(isDeckList({ cacheName: `${deckCachePrefix('/sub/')}abc`, urls: [1] }, '/sub/')).toBe(false);
  });
});
