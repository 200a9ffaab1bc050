import { describe, expect, it } from 'vitest';
import { expectedOptionScrollerHeight, OPTION_SCROLLER } from './OptionRow';

/** A window of the given height whose root font size is `remPx`. */
function windowOf(innerHeight: number, remPx: number): Window {
  return {
    innerHeight,
    document: { documentElement: {} },
    getComputedStyle: () => ({ fontSize: `${remPx}px` }),
  } as unknown as Window;
}

describe('the option scroll box before layout', () => {
  it('is expected as tall as its CSS makes it: a share of the window, at most so many rem', () => {
    expect(OPTION_SCROLLER).toEqual({ viewportShare: 0.6, maxRem: 40 });
    expect(expectedOptionScrollerHeight(windowOf(720, 16))).toBeCloseTo(432);
    expect(expectedOptionScrollerHeight(windowOf(2000, 16))).toBe(640);
    // A host page with a larger root font size allows a taller box.
    expect(expectedOptionScrollerHeight(windowOf(2000, 20))).toBe(800);
  });
});
