/**
 * "Unsaved changes" means: Save has something to send. The dirty tag, Discard, the leave prompt,
 * "Connection saved" and Save itself all ask this one question, so they never disagree (issue 14).
 *
 * It is react-hook-form's own rule — the values differ from those the form was last reset to —
 * with one exception: an option row left completely empty is not a change. `toPayload` drops
 * such a row, so counting it would mark the form unsaved (and ask before leaving) while the
 * review finds nothing to save.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { isBlankOptionRow, type ConnectionFormValues } from '../connection/form';

export function hasUnsavedChanges(values: ConnectionFormValues, baseline: ConnectionFormValues): boolean {
  return !sameValue(withoutBlankOptionRows(values), withoutBlankOptionRows(baseline));
}

function withoutBlankOptionRows(values: ConnectionFormValues): ConnectionFormValues {
  const options = values.options ?? [];
  return options.some(isBlankOptionRow) ? { ...values, options: options.filter((row) => !isBlankOptionRow(row)) } : values;
}

/** Deep equality of form values (strings, booleans, arrays, plain objects); a missing key equals `undefined`. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (!sameValue(left[key], right[key])) return false;
  }
  return true;
}

/** The answer for one form, worked out once per change and shared by every reader. */
export interface UnsavedChanges {
  get(): boolean;
  subscribe(listener: () => void): () => void;
}

function createUnsavedChanges(): UnsavedChanges & { set(value: boolean): void } {
  let current = false;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Follows `form` and keeps the answer current. Readers re-render only when it flips, as with
 * react-hook-form's `isDirty`, so typing re-renders none of them.
 */
export function useUnsavedChangesTracker(form: UseFormReturn<ConnectionFormValues>): UnsavedChanges {
  const [tracker] = useState(createUnsavedChanges);
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        // `values` is sent on every edit, field-array change, setValue and reset.
        formState: { values: true },
        callback: ({ values, defaultValues }) => {
          tracker.set(hasUnsavedChanges(values, defaultValues as ConnectionFormValues));
        },
      }),
    [subscribe, tracker],
  );
  return tracker;
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);
export const UnsavedChangesProvider = UnsavedChangesContext.Provider;

export function useHasUnsavedChanges(): boolean {
  const tracker = useContext(UnsavedChangesContext);
  if (!tracker) throw new Error('useHasUnsavedChanges outside ConnectionForm');
  return useSyncExternalStore(tracker.subscribe, tracker.get);
}
