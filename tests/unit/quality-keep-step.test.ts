import { describe, expect, it } from 'vitest';
import { offsetToKeepStep, reflowed } from '../../src/story/keep-step';

describe('reflowed', () => {
  it('counts any change of width, such as a rotation, as a reflow', () => {
    expect(reflowed({ width: 390, height: 844 }, { width: 844, height: 390 })).toBe(true);
    expect(reflowed({ width: 1280, height: 800 }, { width: 1279, height: 800 })).toBe(true);
  });
  it('ignores a mobile toolbar sliding away but not a large height change', () => {
    expect(reflowed({ width: 390, height: 740 }, { width: 390, height: 800 })).toBe(false);
    expect(reflowed({ width: 1280, height: 800 }, { width: 1280, height: 500 })).toBe(true);
  });
});

describe('offsetToKeepStep', () => {
  it('puts a step back above the reading line by the same share of its height', () => {
    // Line at 400; a 200 px step half-way through should have its top at 300.
    expect(offsetToKeepStep(700, 200, 400, 0.5)).toBe(400);
    expect(offsetToKeepStep(300, 200, 400, 0.5)).toBe(0);
  });
  it('keeps a step that has only just become current a little above the line', () => {
    expect(offsetToKeepStep(400, 200, 400, 0)).toBe(2);
  });
});
