import { startTransition, useEffect, useState } from 'react';

/** Option rows in the form's first paint: more than the tallest screen shows. */
export const FIRST_PAINT_OPTION_ROWS = 30;

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
  const [ready, setReady] = useState(() => optionCount <= FIRST_PAINT_OPTION_ROWS);
  useEffect(() => {
    if (!ready) startTransition(() => setReady(true));
  }, [ready]);
  return ready;
}
