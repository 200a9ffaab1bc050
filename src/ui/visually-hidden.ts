/**
 * Styles that keep text for screen readers and out of sight (live-region announcements, "opens
 * in a new tab"). Absolutely placed, so it never adds to the page's height (issue 14.1); usable
 * as `sx` or as an inline `style`.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
