import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase } from '../../src/lib/urls';
import { sectionAddress } from '../../src/story/share-buttons';

describe('addresses inside the site', () => {
  it('joins a base and a path with exactly one slash between them', () => {
    expect(joinBase('/', 's/peers/')).toBe('/s/peers/');
    expect(joinBase('/sub/path/', 's/peers/')).toBe('/sub/path/s/peers/');
    expect(joinBase('/sub/path', '/cards/home.png')).toBe('/sub/path/cards/home.png');
    expect(joinBase('/sub/path/', '')).toBe('/sub/path/');
    expect(joinBase('/sub/path/', '#methods')).toBe('/sub/path/#methods');
  });

  it('makes absolute production addresses from the site setting, keeping the base path', () => {
    expect(absoluteUrl('/sub/path/cards/peers.png', 'https://example.org')).toBe('https://example.org/sub/path/cards/peers.png');
    expect(absoluteUrl('/', new URL('https://example.org/'))).toBe('https://example.org/');
  });

  it('refuses to make an absolute address when no site is set', () => {
    expect(() => absoluteUrl('/s/peers/', undefined)).toThrow(/site/);
  });
});

describe('the address Copy link copies', () => {
  it('is the page address with the section as its fragment, without any query', () => {
    expect(sectionAddress('cluster', new URL('https://example.org/sub/path/?ref=x#peers'))).toBe('https://example.org/sub/path/#cluster');
  });
});
