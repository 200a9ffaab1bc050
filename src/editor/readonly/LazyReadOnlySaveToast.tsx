import { lazyPart, useLazyPart } from '../../ui/lazy-part';
import type { ReadOnlySaveToastProps } from './ReadOnlySaveToast';

// MUI's Snackbar is 2 KB gzip that an editable form never shows: not in the first bundle.
export const toastPart = lazyPart<ReadOnlySaveToastProps>(() => import('./ReadOnlySaveToast'));

/**
 * The toast for Ctrl+S in a read-only form, its code fetched as soon as the form is read-only
 * so the first press is answered at once. Should the fetch fail, the key says nothing more
 * than the read-only banner above the form already does.
 */
export function LazyReadOnlySaveToast({ readOnly, ...props }: ReadOnlySaveToastProps & { readOnly: boolean }) {
  const { Component } = useLazyPart(toastPart, readOnly);
  return Component ? <Component {...props} /> : null;
}
