/**
 * Edits of one option box, told by the box itself (issue 16).
 *
 * react-hook-form copies every form value on each change of a field that something watches:
 * a `useController`, a `useWatch` or a `subscribe` for values whose name covers the field. With
 * 2,000 options that copy, and the work done with it, was most of a keystroke's time. So the
 * option boxes are registered, not controlled; nothing watches an option box through the form;
 * and whatever follows the options (unsaved changes, the URL preview) watches `options` with
 * `exact` (rows added, moved, removed, a reset: react-hook-form sends those under the name
 * `options`) and hears of typing in a box here.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ConnectionFormValues, OptionRow } from '../connection/form';
import { useFormMethods } from './form-methods';

export interface OptionEdits {
  /** A box of the row at `index` changed; its value is already in the form. */
  tell(index: number): void;
  subscribe(listener: (index: number) => void): () => void;
  /** How many edits have been told: changes with each one (a snapshot for useSyncExternalStore). */
  count(): number;
}

export function createOptionEdits(): OptionEdits {
  const listeners = new Set<(index: number) => void>();
  let count = 0;
  return {
    tell(index) {
      count += 1;
      for (const listener of listeners) listener(index);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    count: () => count,
  };
}

const OptionEditsContext = createContext<OptionEdits | null>(null);
export const OptionEditsProvider = OptionEditsContext.Provider;

/** The form's option edits; null outside ConnectionForm (a section rendered alone in a test). */
export function useOptionEdits(): OptionEdits | null {
  return useContext(OptionEditsContext);
}

type RowsSource = Pick<UseFormReturn<ConnectionFormValues>, 'subscribe' | 'getValues'>;

/** The rows as a store for useSyncExternalStore: a new shallow copy after each change. */
function optionRowsStore({ subscribe, getValues }: RowsSource, edits: OptionEdits | null) {
  let rows: readonly OptionRow[] = getValues('options').slice();
  return {
    subscribe(listener: () => void) {
      const changed = () => {
        rows = getValues('options').slice();
        listener();
      };
      const stopRows = subscribe({ name: 'options', exact: true, formState: { values: true }, callback: changed });
      const stopEdits = edits?.subscribe(changed);
      // Whatever changed between the first render and now.
      rows = getValues('options').slice();
      return () => {
        stopRows();
        stopEdits?.();
      };
    },
    get: () => rows,
  };
}

/**
 * The form's option rows, for a component that shows something made of all of them: a new array
 * after every change of the rows or of a box in them. The array is a shallow copy (the rows are
 * the form's own, edited in place), so a keystroke costs a copy of references, nothing more.
 */
export function useOptionRows(): readonly OptionRow[] {
  const { subscribe, getValues } = useFormMethods();
  const edits = useOptionEdits();
  const store = useMemo(() => optionRowsStore({ subscribe, getValues }, edits), [subscribe, getValues, edits]);
  return useSyncExternalStore(store.subscribe, store.get);
}
