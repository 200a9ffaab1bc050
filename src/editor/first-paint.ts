import { startTransition, useEffect, useState } from 'react';

/** Option rows in the form's first paint: more than the tallest screen shows. */
export const FIRST_PAINT_OPTION_ROWS = 30;

/**
 * False in a component's first render, true right after it, set in a transition: for what the
 * first paint can do without (interruptible, so a click or keystroke in the meantime is handled
 * first). With `deferred` false it is true from the start.
 */
export function useAfterFirstPaint(deferred = true): boolean {
  const [after, setAfter] = useState(!deferred);
  useEffect(() => {
    if (!after) startTransition(() => setAfter(true));
  }, [after]);
  return after;
}

/**
 * Whether the part of a long form below the first screen may render yet.
 *
 * With hundreds of options, everything after the first rows (the other rows, pooling's
 * twenty parameters, advanced) is far below the fold, yet rendering it made up most of the
 * time to an editable form (issue 6). So a long form paints its first screenful, then renders
 * the rest straight after in a transition: interruptible, so a click or keystroke in the
 * meantime is handled first. The values are all in the form from the start, so validation and
 * Save see every field either way. A short form renders in one go (no pop-in in view).
 */
export function useBelowFoldReady(optionCount: number): boolean {
  return useAfterFirstPaint(optionCount > FIRST_PAINT_OPTION_ROWS);
}
