import { describe, expect, it } from 'vitest';
import { hashFor, indexForHash } from '../../src/present/address';

const ids = ['title', 'headline/1', 'headline/2', 'peers/1', 'peers/2', 'peers/3', 'sources'];

describe('slide addresses', () => {
  it('writes a slide id as the hash #<slug>/<n>', () => {
    expect(hashFor('peers/2')).toBe('#peers/2');
  });

  it('opens the slide a hash names', () => {
    expect(indexForHash('#peers/2', ids)).toBe(4);
    expect(indexForHash('#sources', ids)).toBe(6);
  });

  it('opens the first slide for an empty hash', () => {
    expect(indexForHash('', ids)).toBe(0);
    expect(indexForHash('#', ids)).toBe(0);
  });

  it("opens a section's first step for #<slug> alone", () => {
    expect(indexForHash('#peers', ids)).toBe(3);
  });

  it("opens a section's last step for a step number past its end", () => {
    expect(indexForHash('#headline/9', ids)).toBe(2);
  });

  it('reads an escaped or slash-terminated hash', () => {
    expect(indexForHash('#peers%2F3', ids)).toBe(5);
    expect(indexForHash('#peers/3/', ids)).toBe(5);
  });

  it('names no slide for an unknown hash', () => {
    expect(indexForHash('#nowhere/1', ids)).toBeUndefined();
    expect(indexForHash('#%E0%A4%A', ids)).toBeUndefined();
  });
});
